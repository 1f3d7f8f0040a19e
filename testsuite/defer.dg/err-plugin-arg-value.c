/* A bad value of -fplugin-arg-defer-strategy is an error that names the option and the value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-strategy=bogus" } */
/* { dg-error "(strategy\[^\n\]*bogus|bogus\[^\n\]*strategy)" "" { target *-*-* } 0 } */
/* { dg-prune-output "to initialize plugin" } */

int x;

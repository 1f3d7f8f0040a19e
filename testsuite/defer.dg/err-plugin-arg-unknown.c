/* An unknown plugin argument is an error that names it and lists the valid ones.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-bogus" } */
/* { dg-error "(bogus\[^\n\]*report|report\[^\n\]*bogus)" "" { target *-*-* } 0 } */
/* { dg-prune-output "to initialize plugin" } */

int x;

/* The plugin's internal functions are bound to no name: GCC's spelling suggestions never offer them (a misspelled __defer_result still gets __defer_result).  */
/* { dg-do compile } */
/* { dg-options "-Wimplicit-function-declaration" } */

void
f (void)
{
  __defer_stmt (1); /* { dg-warning "implicit declaration of function '__defer_stmt'" } */
  __defer_reslt (0); /* { dg-warning "did you mean '__defer_result'" } */
}

/* { dg-bogus "__defer\\.(stmt|result)" "" { target *-*-* } 0 } */

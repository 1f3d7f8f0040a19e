/* Builtins whose meaning depends on the point of the call (the frame, the arguments of the caller, the reachability of the point, the evaluation itself) cannot be deferred: a located error each.  */
/* { dg-do compile } */

#include <stdarg.h>
#include <defer.h>

void
f (int n, ...)
{
  va_list ap, aq;
  defer (__builtin_constant_p, n); /* { dg-error "cannot defer '__builtin_constant_p': what it does depends on the point of the call" } */
  defer (__builtin_va_start, ap, n); /* { dg-error "cannot defer '__builtin_va_start'" } */
  defer (__builtin_va_copy, aq, ap); /* { dg-error "cannot defer '__builtin_va_copy'" } */
  defer (__builtin_va_arg_pack); /* { dg-error "cannot defer '__builtin_va_arg_pack'" } */
  defer (__builtin_next_arg, n); /* { dg-error "cannot defer '__builtin_next_arg'" } */
  defer (__builtin_return_address, 0); /* { dg-error "cannot defer '__builtin_return_address'" } */
  defer (__builtin_frame_address, 0); /* { dg-error "cannot defer '__builtin_frame_address'" } */
  defer (__builtin_extract_return_addr, 0); /* { dg-error "cannot defer '__builtin_extract_return_addr'" } */
  defer (__builtin_dwarf_cfa); /* { dg-error "cannot defer '__builtin_dwarf_cfa'" } */
  defer (__builtin_unwind_init); /* { dg-error "cannot defer '__builtin_unwind_init'" } */
  defer (__builtin_eh_return_data_regno, 0); /* { dg-error "cannot defer '__builtin_eh_return_data_regno'" } */
  defer (__builtin_apply_args); /* { dg-error "cannot defer '__builtin_apply_args'" } */
  defer (__builtin_alloca, 16); /* { dg-error "cannot defer '__builtin_alloca'" } */
  defer (__builtin_alloca_with_align, 16, 64); /* { dg-error "cannot defer '__builtin_alloca_with_align'" } */
  defer (__builtin_setjmp, 0); /* { dg-error "cannot defer '__builtin_setjmp'" } */
  defer (__builtin_longjmp, 0, 1); /* { dg-error "cannot defer '__builtin_longjmp'" } */
  defer (__builtin_unreachable); /* { dg-error "cannot defer '__builtin_unreachable'" } */
  defer (__builtin_LINE); /* { dg-error "cannot defer '__builtin_LINE'" } */
  defer (__builtin_FILE); /* { dg-error "cannot defer '__builtin_FILE'" } */
  defer (__builtin_FUNCTION); /* { dg-error "cannot defer '__builtin_FUNCTION'" } */
}

/* The builtins themselves.  */
void
g (void (*fn) (void))
{
  defer (__defer, fn); /* { dg-error "cannot defer '__defer'" } */
  defer (__defer_result, (int *) 0); /* { dg-error "cannot defer '__defer_result'" } */
}

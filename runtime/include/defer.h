/* defer.h: Go's defer, panic and recover for C.

   #include <defer.h>

   defer (fn, arg1, arg2, ...);     Go: defer fn(arg1, arg2, ...)
   int *r = defer_result (int);     Go: a named result, reachable from defers

   FN and every argument are evaluated when the defer statement executes and
   converted as the direct call FN (ARG...) would convert them; the call runs
   when the enclosing function returns, newest first.  The defer GCC plugin
   lowers the builtins below; this header only names them.

   Define DEFER_NO_SHORT_NAMES before including this header to get only the
   __-prefixed names: __defer (fn, ...) and __defer_result ((T *) 0).  */

#ifndef DEFER_H
#define DEFER_H

#ifndef __DEFER__
#error "defer.h needs the defer GCC plugin: compile with -fplugin=defer (or -fplugin=/path/to/defer.so)"
#endif

#ifndef DEFER_NO_SHORT_NAMES
/* defer (FN, ARGS...) defers the call FN (ARGS...).  */
#define defer(...) __defer (__VA_ARGS__)
/* defer_result (T) is a T * to the enclosing function's pending result.  */
#define defer_result(T) __defer_result ((T *) 0)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Runtime entry points the plugin's lowering calls.  Not for direct use.  */
_Noreturn void __defer_nil_func_panic (void);

#ifdef __cplusplus
}
#endif

#endif /* DEFER_H */

/* prelude.h: what the programs of errors.exp defer, right and wrong:
   functions of many types, values of many kinds.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <defer.h>

struct S { int a; double b; };
struct E { };
union U { int i; float f; };
typedef int v4 __attribute__ ((vector_size (16)));
enum col { RED, GREEN };

static void v0 (void) { }
static void vi (int x) { (void) x; }
static void vii (int x, int y) { (void) x; (void) y; }
static void vp (void *p) { (void) p; }
static void vs (struct S s) { (void) s; }
static int iv (void) { return 1; }
static struct S sv (void) { struct S s = { 1, 2 }; return s; }
static void var (int n, ...) { (void) n; }
static void (*fpv) (void) = v0;
static void (*fpi) (int) = vi;
__attribute__ ((noreturn)) void nor (void);
int vol;
static jmp_buf jb;

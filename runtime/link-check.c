/* The link check: a symbol whose name says what to do when it is missing.

   Every translation unit whose lowered code uses the runtime also refers,
   through one relocation of type R_X86_64_NONE at offset 0 of its .text,
   to the symbol defined here (plugin/defer-runtime.cc adds it).  Linked
   with -ldefer, the reference resolves to this file's empty object and the
   relocation does nothing: no byte of code or data, no dynamic relocation.
   Linked without, the first error the linker prints for the unit is

     prog.c:(.text+0x0): undefined reference to
       `__defer_runtime_missing__link_with_-ldefer'

   and not only the runtime's own entry points, whose names do not say
   where they come from.

   An R_X86_64_NONE relocation can only be resolved against a symbol of
   the program itself, not one of a shared library, so this object is
   never part of libdefer.so: it is in libdefer.a, and in
   libdefer_nonshared.a, which the linker script that -ldefer finds as
   libdefer.so links together with libdefer.so.N (glibc's libc.so and
   libc_nonshared.a do the same).  It is hidden, so that a shared library
   linked with libdefer.a does not export it: each program and library
   resolves its own references.  The name is not a C identifier (its
   "-ldefer" is the point), so it is defined in assembly.  */

#define DEFER_LINK_MARKER "\"__defer_runtime_missing__link_with_-ldefer\""

__asm__ ("\t.pushsection .rodata\n"
	 "\t.globl " DEFER_LINK_MARKER "\n"
	 "\t.hidden " DEFER_LINK_MARKER "\n"
	 "\t.type " DEFER_LINK_MARKER ", @object\n"
	 "\t.size " DEFER_LINK_MARKER ", 0\n"
	 DEFER_LINK_MARKER ":\n"
	 "\t.popsection");

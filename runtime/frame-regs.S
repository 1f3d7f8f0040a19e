/* frame-regs.S: the machine side of the runtime's own unwinder (x86-64).

   The unwinder of frame-walk.c works on struct defer_regs (see
   defer-internal.h): the six callee-saved registers of the psABI (rbx,
   rbp, r12-r15), a frame's stack pointer and the return address into
   it.  These routines read that state at a call and put it back into the
   machine: what libgcc's uw_init_context and uw_install_context do for
   its unwinder, for the registers a landing pad may rely on.  */

#define REG_RBX 0
#define REG_RBP 8
#define REG_R12 16
#define REG_R13 24
#define REG_R14 32
#define REG_R15 40
#define REG_SP 48
#define REG_PC 56

/* Load the callee-saved registers from the struct defer_regs at REGS.  */
	.macro	load_callee_saved regs
	movq	REG_RBX(\regs), %rbx
	movq	REG_RBP(\regs), %rbp
	movq	REG_R12(\regs), %r12
	movq	REG_R13(\regs), %r13
	movq	REG_R14(\regs), %r14
	movq	REG_R15(\regs), %r15
	.endm

	.text

/* __deferrt_regs_capture (struct defer_regs *r) stores its caller's state
   at the call into R: the callee-saved registers as they are, the stack
   pointer the caller has once the call returns, and the return address.
   R then describes the caller's frame at that call.  */
	.p2align 4
	.globl	__deferrt_regs_capture
	.hidden	__deferrt_regs_capture
	.type	__deferrt_regs_capture, @function
__deferrt_regs_capture:
	.cfi_startproc
	movq	%rbx, REG_RBX(%rdi)
	movq	%rbp, REG_RBP(%rdi)
	movq	%r12, REG_R12(%rdi)
	movq	%r13, REG_R13(%rdi)
	movq	%r14, REG_R14(%rdi)
	movq	%r15, REG_R15(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, REG_SP(%rdi)
	movq	(%rsp), %rax
	movq	%rax, REG_PC(%rdi)
	ret
	.cfi_endproc
	.size	__deferrt_regs_capture, .-__deferrt_regs_capture

/* __deferrt_regs_land (const struct defer_regs *r, void *exc, void *pad)
   enters the landing pad PAD of the frame R describes, as the stock
   personality's _URC_INSTALL_CONTEXT would: the frame's callee-saved
   registers and stack pointer (R->sp, which the caller has adjusted by
   the frame's DW_CFA_GNU_args_size), the exception EXC in the first EH
   data register (rax), 0 in the second (rdx, the C personality's
   selector).  It never returns.  */
	.p2align 4
	.globl	__deferrt_regs_land
	.hidden	__deferrt_regs_land
	.type	__deferrt_regs_land, @function
__deferrt_regs_land:
	.cfi_startproc
	movq	%rdx, %rcx
	movq	%rsi, %rax
	load_callee_saved %rdi
	movq	REG_SP(%rdi), %rsp
	xorl	%edx, %edx
	jmp	*%rcx
	.cfi_endproc
	.size	__deferrt_regs_land, .-__deferrt_regs_land

/* __deferrt_regs_stock (const struct defer_regs *r, struct defer_panic *p)
   hands the panic P to GCC's unwinder from the frame R describes: the
   frame's registers go back, and the frame seems to call
   defer_stock_entry, whose unwind table says so (its return address is
   pushed where the frame's call left it), so that the stock unwinder
   starts with that frame, its personality and its landing pad.  The
   frames below R, the runtime's own among them, are dead by then.  It
   never returns.  */
	.p2align 4
	.globl	__deferrt_regs_stock
	.hidden	__deferrt_regs_stock
	.type	__deferrt_regs_stock, @function
__deferrt_regs_stock:
	.cfi_startproc
	movq	REG_PC(%rdi), %rax
	load_callee_saved %rdi
	movq	REG_SP(%rdi), %rsp
	movq	%rsi, %rdi
	pushq	%rax
	jmp	defer_stock_entry
	.cfi_endproc
	.size	__deferrt_regs_stock, .-__deferrt_regs_stock

/* defer_stock_entry (struct defer_panic *p) is entered as if called by
   the frame __deferrt_regs_stock restored, every callee-saved register
   holding that frame's value: its unwind table is a function's at entry,
   then a frame pointer, so that the stock unwinder steps from it to that
   frame exactly.  It calls __deferrt_unwind_stock (P), which never
   returns.  */
	.p2align 4
	.type	defer_stock_entry, @function
defer_stock_entry:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	andq	$-16, %rsp
	call	__deferrt_unwind_stock
	ud2
	.cfi_endproc
	.size	defer_stock_entry, .-defer_stock_entry

/* __deferrt_shadow_stack_p () returns nonzero when the thread runs with a
   CET shadow stack: rdsspq leaves rax at 0 where there is none (it is a
   no-op on processors without CET).  The runtime's unwinder does not pop
   shadow stacks; with one, panics take GCC's unwinder, which does.  */
	.p2align 4
	.globl	__deferrt_shadow_stack_p
	.hidden	__deferrt_shadow_stack_p
	.type	__deferrt_shadow_stack_p, @function
__deferrt_shadow_stack_p:
	.cfi_startproc
	xorl	%eax, %eax
	rdsspq	%rax
	ret
	.cfi_endproc
	.size	__deferrt_shadow_stack_p, .-__deferrt_shadow_stack_p

	.section .note.GNU-stack,"",@progbits

# A minimal stand-in for crates/runtime, used by codegen's run tests only:
# _start → main.main → exit(0); test.out(v) writes the 8 bytes of v to stdout;
# runtime.panic* stubs write their name to stderr (panicIndex first writes its
# two arguments with test.out) and exit with status 2; mem* libcalls.
        .text
        .globl _start
_start:
        xorl %ebp, %ebp
        call main.main
        movl $231, %eax         # exit_group(0)
        xorl %edi, %edi
        syscall

        .globl test.out
test.out:
        pushq %rdi
        movl $1, %eax           # write(1, rsp, 8)
        movl $1, %edi
        movq %rsp, %rsi
        movl $8, %edx
        syscall
        popq %rdi
        ret

        .globl runtime.exit
runtime.exit:
        movl $231, %eax
        syscall

# die(msg=rsi, len=rdx): write to stderr, exit 2
die:
        movl $1, %eax
        movl $2, %edi
        syscall
        movl $231, %eax
        movl $2, %edi
        syscall

        .globl runtime.panicIndex
runtime.panicIndex:
        pushq %rsi
        call test.out
        popq %rdi
        call test.out
        leaq msg_index(%rip), %rsi
        movl $11, %edx
        jmp die

        .globl runtime.panicdivide
runtime.panicdivide:
        leaq msg_divide(%rip), %rsi
        movl $12, %edx
        jmp die

        .globl runtime.panicmem
runtime.panicmem:
        leaq msg_mem(%rip), %rsi
        movl $9, %edx
        jmp die

        .globl runtime.panicshift
runtime.panicshift:
        leaq msg_shift(%rip), %rsi
        movl $11, %edx
        jmp die

        .globl memcpy
        .globl memmove
memcpy:
memmove:
        movq %rdi, %rax
        movq %rdx, %rcx
        cmpq %rsi, %rdi
        jbe 1f
        leaq (%rsi,%rdx), %r8
        cmpq %r8, %rdi
        jae 1f
        leaq -1(%rsi,%rdx), %rsi  # overlapping, dst above src: copy backwards
        leaq -1(%rdi,%rdx), %rdi
        std
        rep movsb
        cld
        ret
1:      rep movsb
        ret

        .globl memset
memset:
        movq %rdi, %r8
        movl %esi, %eax
        movq %rdx, %rcx
        rep stosb
        movq %r8, %rax
        ret

        .section .rodata
msg_index:  .ascii "panicIndex\n"
msg_divide: .ascii "panicdivide\n"
msg_mem:    .ascii "panicmem\n"
msg_shift:  .ascii "panicshift\n"
        .section .note.GNU-stack,"",@progbits

//! The C memory primitives `memmove`, `memcpy`, `memset`, `memcmp`, `bcmp` and
//! `strlen`, and Cranelift's outline stack probe `__cranelift_probestack`.
//! Cranelift emits libcalls to them, and so does rustc for this crate, so they are
//! written in assembly: Rust code here could be turned back into a call to itself.
//! Small sizes use overlapping unaligned loads/stores (all loads before the stores,
//! so they are overlap-safe); large forward copies use `rep movsb`, large
//! overlapping backward copies a descending 16-byte loop.

core::arch::global_asm!(
    r#"
    .section .text.memmove,"ax",@progbits
    .globl memmove
    .globl memcpy
    .type memmove,@function
    .type memcpy,@function
    .p2align 4
memmove:
memcpy:
    mov rax, rdi
    cmp rdx, 16
    jbe 20f
    cmp rdx, 32
    jbe 30f
    cmp rdx, 64
    jbe 40f
    /* n > 64: overlapping with dst above src? (dst - src) < n unsigned */
    mov rcx, rdi
    sub rcx, rsi
    cmp rcx, rdx
    jb 50f
    mov rcx, rdx
    rep movsb
    ret
50: /* backward: preload the head, copy 16-byte chunks from the end down */
    movups xmm2, [rsi]
    lea rcx, [rdx - 16]
51:
    movups xmm0, [rsi + rcx]
    movups [rdi + rcx], xmm0
    sub rcx, 16
    jge 51b
    movups [rdi], xmm2
    ret
40: /* 33..64 */
    movups xmm0, [rsi]
    movups xmm1, [rsi + 16]
    movups xmm2, [rsi + rdx - 32]
    movups xmm3, [rsi + rdx - 16]
    movups [rdi], xmm0
    movups [rdi + 16], xmm1
    movups [rdi + rdx - 32], xmm2
    movups [rdi + rdx - 16], xmm3
    ret
30: /* 17..32 */
    movups xmm0, [rsi]
    movups xmm1, [rsi + rdx - 16]
    movups [rdi], xmm0
    movups [rdi + rdx - 16], xmm1
    ret
20: /* 0..16 */
    cmp rdx, 8
    jb 21f
    mov rcx, [rsi]
    mov r8, [rsi + rdx - 8]
    mov [rdi], rcx
    mov [rdi + rdx - 8], r8
    ret
21:
    cmp rdx, 4
    jb 22f
    mov ecx, [rsi]
    mov r8d, [rsi + rdx - 4]
    mov [rdi], ecx
    mov [rdi + rdx - 4], r8d
    ret
22:
    test rdx, rdx
    je 23f
    movzx ecx, byte ptr [rsi]
    movzx r8d, byte ptr [rsi + rdx - 1]
    cmp rdx, 2
    jb 24f
    movzx r9d, byte ptr [rsi + 1]
    mov [rdi + 1], r9b
24:
    mov [rdi], cl
    mov [rdi + rdx - 1], r8b
23:
    ret
    .size memmove, . - memmove
    .size memcpy, . - memcpy

    .section .text.memset,"ax",@progbits
    .globl memset
    .type memset,@function
    .p2align 4
memset:
    mov r8, rdi
    movzx eax, sil
    mov r9, 0x0101010101010101
    imul rax, r9
    cmp rdx, 16
    jbe 60f
    cmp rdx, 64
    ja 65f
    movq xmm0, rax
    punpcklqdq xmm0, xmm0
    movups [rdi], xmm0
    movups [rdi + rdx - 16], xmm0
    cmp rdx, 32
    jbe 61f
    movups [rdi + 16], xmm0
    movups [rdi + rdx - 32], xmm0
61:
    mov rax, r8
    ret
65:
    mov rcx, rdx
    rep stosb
    mov rax, r8
    ret
60:
    cmp rdx, 8
    jb 62f
    mov [rdi], rax
    mov [rdi + rdx - 8], rax
    mov rax, r8
    ret
62:
    cmp rdx, 4
    jb 63f
    mov [rdi], eax
    mov [rdi + rdx - 4], eax
    mov rax, r8
    ret
63:
    test rdx, rdx
    je 64f
    mov [rdi], al
    mov [rdi + rdx - 1], al
    cmp rdx, 2
    jbe 64f
    mov [rdi + 1], al
64:
    mov rax, r8
    ret
    .size memset, . - memset

    .section .text.memcmp,"ax",@progbits
    .globl memcmp
    .globl bcmp
    .type memcmp,@function
    .type bcmp,@function
    .p2align 4
memcmp:
bcmp:
    xor ecx, ecx
70: /* 8 bytes at a time while at least 8 remain */
    lea r8, [rcx + 8]
    cmp r8, rdx
    ja 72f
    mov r9, [rdi + rcx]
    mov r10, [rsi + rcx]
    cmp r9, r10
    jne 71f
    mov rcx, r8
    jmp 70b
71: /* first differing byte within the word: compare big-endian */
    bswap r9
    bswap r10
    cmp r9, r10
    sbb eax, eax
    or eax, 1
    ret
72:
    cmp rcx, rdx
    jae 74f
    movzx r9d, byte ptr [rdi + rcx]
    movzx r10d, byte ptr [rsi + rcx]
    cmp r9d, r10d
    jne 73f
    inc rcx
    jmp 72b
73:
    mov eax, r9d
    sub eax, r10d
    ret
74:
    xor eax, eax
    ret
    .size memcmp, . - memcmp
    .size bcmp, . - bcmp

    .section .text.__cranelift_probestack,"ax",@progbits
    .globl __cranelift_probestack
    .type __cranelift_probestack,@function
    .p2align 4
__cranelift_probestack:
    /* rax = frame size about to be allocated: touch every page below rsp so the
       guard region is hit in order; preserves every register */
    push rbp
    mov rbp, rsp
    push r11
    mov r11, rax
90:
    cmp r11, 0x1000
    jbe 91f
    sub rsp, 0x1000
    test qword ptr [rsp], rsp
    sub r11, 0x1000
    jmp 90b
91:
    sub rsp, r11
    test qword ptr [rsp], rsp
    lea rsp, [rbp - 8]
    pop r11
    pop rbp
    ret
    .size __cranelift_probestack, . - __cranelift_probestack

    .section .text.strlen,"ax",@progbits
    .globl strlen
    .type strlen,@function
    .p2align 4
strlen:
    xor eax, eax
80:
    cmp byte ptr [rdi + rax], 0
    je 81f
    inc rax
    jmp 80b
81:
    ret
    .size strlen, . - strlen
    .text
"#
);

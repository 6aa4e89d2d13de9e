//! Channels and select (phase 2, docs/abi.md §10), with Go's semantics: a send
//! hands the value directly to a waiting receiver or queues it in the buffer or
//! blocks; a receive takes from a waiting sender (through the buffer when it is
//! full, keeping FIFO order) or from the buffer or blocks; receiving from a
//! closed, drained channel yields the zero value and `false`; sending on or
//! closing a closed channel and closing a nil channel panic; nil channels block
//! forever. `select` polls its cases in a random order, then (if it may block)
//! waits on all of them at once; the first channel operation that completes
//! one of its cases wins. Waiting goroutines are described by `Sudog`s that
//! live on their own stacks.

use crate::abi::Type;
use crate::heap::{self, Scan};
use crate::panic;
use crate::sched::{self, G};
use core::ptr::null_mut;

/// A channel (`*hchan`): `qcount` (len) and `dataqsiz` (cap) come first.
#[repr(C)]
pub struct HChan {
    pub qcount: usize,
    pub dataqsiz: usize,
    buf: *mut u8,
    elemsize: usize,
    elemtype: *const Type,
    closed: bool,
    sendx: usize,
    recvx: usize,
    recvq: WaitQ,
    sendq: WaitQ,
}

#[repr(C)]
struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

#[repr(C)]
struct Sudog {
    g: *mut G,
    /// Where to copy to (receive) or from (send); may be null for a receive.
    elem: *mut u8,
    next: *mut Sudog,
    prev: *mut Sudog,
    c: *mut HChan,
    is_select: bool,
    success: bool,
    /// Case index (select).
    index: usize,
}

impl WaitQ {
    unsafe fn enqueue(&mut self, s: *mut Sudog) {
        unsafe {
            (*s).next = null_mut();
            (*s).prev = self.last;
            if self.last.is_null() {
                self.first = s;
            } else {
                (*self.last).next = s;
            }
            self.last = s;
        }
    }

    unsafe fn remove(&mut self, s: *mut Sudog) {
        unsafe {
            if (*s).prev.is_null() {
                if self.first != s {
                    return; // not queued
                }
                self.first = (*s).next;
            } else {
                (*(*s).prev).next = (*s).next;
            }
            if (*s).next.is_null() {
                self.last = (*s).prev;
            } else {
                (*(*s).next).prev = (*s).prev;
            }
            (*s).next = null_mut();
            (*s).prev = null_mut();
        }
    }

    /// The first waiter that can still be woken (a select whose goroutine was
    /// already woken through another case is skipped and dropped).
    unsafe fn dequeue(&mut self) -> *mut Sudog {
        unsafe {
            loop {
                let s = self.first;
                if s.is_null() {
                    return s;
                }
                self.remove(s);
                if (*s).is_select {
                    if (*(*s).g).select_done {
                        continue;
                    }
                    (*(*s).g).select_done = true;
                }
                return s;
            }
        }
    }
}

unsafe fn copy_elem(c: &HChan, dst: *mut u8, src: *const u8) {
    if !dst.is_null() && c.elemsize > 0 {
        unsafe { core::ptr::copy(src, dst, c.elemsize) };
    }
}

unsafe fn clear_elem(c: &HChan, p: *mut u8) {
    if !p.is_null() && c.elemsize > 0 {
        unsafe { core::ptr::write_bytes(p, 0, c.elemsize) };
    }
}

#[inline]
unsafe fn slot(c: &HChan, i: usize) -> *mut u8 {
    unsafe { c.buf.add(i * c.elemsize) }
}

/// `runtime.makechan(t *Type, size int) *hchan`: `t` is the channel type
/// (`elem` = element type). Panics `makechan: size out of range`.
#[unsafe(export_name = "runtime.makechan")]
pub unsafe extern "C" fn makechan(t: *const Type, size: i64) -> *mut HChan {
    unsafe {
        let et = (*t).elem;
        let esize = (*et).size as usize;
        let (mem, over) = esize.overflowing_mul(size as usize);
        if size < 0 || over || mem > crate::sizeclasses::MAX_ALLOC {
            panic::panic_plain("makechan: size out of range");
        }
        let c = heap::alloc(core::mem::size_of::<HChan>(), Scan::Conservative, true) as *mut HChan;
        let buf = if mem == 0 { heap::zerobase() } else { heap::alloc(mem, Scan::Typed(et), true) };
        c.write(HChan {
            qcount: 0,
            dataqsiz: size as usize,
            buf,
            elemsize: esize,
            elemtype: et,
            closed: false,
            sendx: 0,
            recvx: 0,
            recvq: WaitQ { first: null_mut(), last: null_mut() },
            sendq: WaitQ { first: null_mut(), last: null_mut() },
        });
        c
    }
}

fn block_forever(reason: &'static str) -> ! {
    loop {
        sched::gopark(reason);
    }
}

/// Send; returns false only when `!block` and it would block.
unsafe fn chansend(c: *mut HChan, ep: *const u8, block: bool) -> bool {
    unsafe {
        if c.is_null() {
            if !block {
                return false;
            }
            block_forever("chan send (nil chan)");
        }
        let ch = &mut *c;
        if ch.closed {
            panic::panic_plain("send on closed channel");
        }
        let r = ch.recvq.dequeue();
        if !r.is_null() {
            copy_elem(ch, (*r).elem, ep);
            (*r).success = true;
            (*(*r).g).param = r as usize;
            sched::goready((*r).g);
            return true;
        }
        if ch.qcount < ch.dataqsiz {
            copy_elem(ch, slot(ch, ch.sendx), ep);
            ch.sendx += 1;
            if ch.sendx == ch.dataqsiz {
                ch.sendx = 0;
            }
            ch.qcount += 1;
            return true;
        }
        if !block {
            return false;
        }
        let mut s = Sudog {
            g: sched::cur(),
            elem: ep as *mut u8,
            next: null_mut(),
            prev: null_mut(),
            c,
            is_select: false,
            success: false,
            index: 0,
        };
        ch.sendq.enqueue(&mut s);
        sched::gopark("chan send");
        if !s.success {
            panic::panic_plain("send on closed channel");
        }
        true
    }
}

/// Receive into `ep` (may be null): (selected, received).
unsafe fn chanrecv(c: *mut HChan, ep: *mut u8, block: bool) -> (bool, bool) {
    unsafe {
        if c.is_null() {
            if !block {
                return (false, false);
            }
            block_forever("chan receive (nil chan)");
        }
        let ch = &mut *c;
        if ch.closed && ch.qcount == 0 {
            clear_elem(ch, ep);
            return (true, false);
        }
        let s = ch.sendq.dequeue();
        if !s.is_null() {
            if ch.dataqsiz == 0 {
                copy_elem(ch, ep, (*s).elem);
            } else {
                // buffer full: take its head, append the sender's value
                let q = slot(ch, ch.recvx);
                copy_elem(ch, ep, q);
                copy_elem(ch, q, (*s).elem);
                ch.recvx += 1;
                if ch.recvx == ch.dataqsiz {
                    ch.recvx = 0;
                }
                ch.sendx = ch.recvx;
            }
            (*s).success = true;
            (*(*s).g).param = s as usize;
            sched::goready((*s).g);
            return (true, true);
        }
        if ch.qcount > 0 {
            let q = slot(ch, ch.recvx);
            copy_elem(ch, ep, q);
            clear_elem(ch, q);
            ch.recvx += 1;
            if ch.recvx == ch.dataqsiz {
                ch.recvx = 0;
            }
            ch.qcount -= 1;
            return (true, true);
        }
        if !block {
            return (false, false);
        }
        let mut w = Sudog {
            g: sched::cur(),
            elem: ep,
            next: null_mut(),
            prev: null_mut(),
            c,
            is_select: false,
            success: false,
            index: 0,
        };
        ch.recvq.enqueue(&mut w);
        sched::gopark("chan receive");
        (true, w.success)
    }
}

/// `runtime.chansend1(c, elem *T)`: `c <- *elem`.
#[unsafe(export_name = "runtime.chansend1")]
pub unsafe extern "C" fn chansend1(c: *mut HChan, ep: *const u8) {
    unsafe { chansend(c, ep, true) };
}

/// `runtime.chanrecv1(c, elem *T)`: `*elem = <-c` (elem may be null).
#[unsafe(export_name = "runtime.chanrecv1")]
pub unsafe extern "C" fn chanrecv1(c: *mut HChan, ep: *mut u8) {
    unsafe { chanrecv(c, ep, true) };
}

/// `runtime.chanrecv2(c, elem *T) bool`: `*elem, ok = <-c`.
#[unsafe(export_name = "runtime.chanrecv2")]
pub unsafe extern "C" fn chanrecv2(c: *mut HChan, ep: *mut u8) -> bool {
    unsafe { chanrecv(c, ep, true).1 }
}

/// `runtime.selectnbsend(c, elem) bool`: `select { case c <- v: ...; default: }`.
#[unsafe(export_name = "runtime.selectnbsend")]
pub unsafe extern "C" fn selectnbsend(c: *mut HChan, ep: *const u8) -> bool {
    unsafe { chansend(c, ep, false) }
}

#[repr(C)]
pub struct Selected {
    pub selected: bool,
    pub received: bool,
}

/// `runtime.selectnbrecv(elem, c) (selected, received bool)`.
#[unsafe(export_name = "runtime.selectnbrecv")]
pub unsafe extern "C" fn selectnbrecv(ep: *mut u8, c: *mut HChan) -> Selected {
    let (s, r) = unsafe { chanrecv(c, ep, false) };
    Selected { selected: s, received: r }
}

/// `runtime.closechan(c)`.
#[unsafe(export_name = "runtime.closechan")]
pub unsafe extern "C" fn closechan(c: *mut HChan) {
    unsafe {
        if c.is_null() {
            panic::panic_plain("close of nil channel");
        }
        let ch = &mut *c;
        if ch.closed {
            panic::panic_plain("close of closed channel");
        }
        ch.closed = true;
        loop {
            let r = ch.recvq.dequeue();
            if r.is_null() {
                break;
            }
            clear_elem(ch, (*r).elem);
            (*r).success = false;
            (*(*r).g).param = r as usize;
            sched::goready((*r).g);
        }
        loop {
            let s = ch.sendq.dequeue();
            if s.is_null() {
                break;
            }
            (*s).success = false;
            (*(*s).g).param = s as usize;
            sched::goready((*s).g);
        }
    }
}

/// `runtime.chanlen(c) int`, `runtime.chancap(c) int` (0 for nil).
#[unsafe(export_name = "runtime.chanlen")]
pub unsafe extern "C" fn chanlen(c: *const HChan) -> i64 {
    if c.is_null() { 0 } else { unsafe { (*c).qcount as i64 } }
}

#[unsafe(export_name = "runtime.chancap")]
pub unsafe extern "C" fn chancap(c: *const HChan) -> i64 {
    if c.is_null() { 0 } else { unsafe { (*c).dataqsiz as i64 } }
}

/// One case of a select: `{c *hchan, elem *T}` (16 bytes), sends first.
#[repr(C)]
pub struct SCase {
    pub c: *mut HChan,
    pub elem: *mut u8,
}

const MAX_CASES: usize = 256;

/// `runtime.selectgo(cases *scase, nsends, nrecvs int, block bool) (int, bool)`:
/// cases `[0, nsends)` are sends, the next `nrecvs` receives. Returns the chosen
/// case and, for a receive, whether a value was received (false: closed);
/// `(-1, false)` when `!block` and no case is ready.
#[unsafe(export_name = "runtime.selectgo")]
pub unsafe extern "C" fn selectgo(
    cases: *mut SCase,
    nsends: i64,
    nrecvs: i64,
    block: bool,
) -> SelectResult {
    unsafe {
        let n = (nsends + nrecvs) as usize;
        let nsends = nsends as usize;
        if n > MAX_CASES {
            panic::throw("select: too many cases");
        }
        // random poll order over the non-nil cases
        let mut order = [0u16; MAX_CASES];
        let mut k = 0;
        for i in 0..n {
            if (*cases.add(i)).c.is_null() {
                continue;
            }
            let j = (crate::map::fastrand64() % (k as u64 + 1)) as usize;
            order[k] = order[j];
            order[j] = i as u16;
            k += 1;
        }
        for &i in &order[..k] {
            let i = i as usize;
            let cs = &*cases.add(i);
            if i < nsends {
                if chansend(cs.c, cs.elem, false) {
                    return SelectResult { index: i as i64, received: false };
                }
            } else {
                let (sel, recv) = chanrecv(cs.c, cs.elem, false);
                if sel {
                    return SelectResult { index: i as i64, received: recv };
                }
            }
        }
        if !block {
            return SelectResult { index: -1, received: false };
        }
        if k == 0 {
            block_forever("select (no cases)");
        }
        // wait on every channel
        let g = sched::cur();
        (*g).select_done = false;
        (*g).param = 0;
        let mut sgs: [core::mem::MaybeUninit<Sudog>; MAX_CASES] =
            [const { core::mem::MaybeUninit::uninit() }; MAX_CASES];
        for &i in &order[..k] {
            let i = i as usize;
            let cs = &*cases.add(i);
            let s = sgs[i].as_mut_ptr();
            s.write(Sudog {
                g,
                elem: cs.elem,
                next: null_mut(),
                prev: null_mut(),
                c: cs.c,
                is_select: true,
                success: false,
                index: i,
            });
            if i < nsends {
                (*cs.c).sendq.enqueue(s);
            } else {
                (*cs.c).recvq.enqueue(s);
            }
        }
        sched::gopark("select");
        let won = (*g).param as *mut Sudog;
        // dequeue the other cases
        for &i in &order[..k] {
            let i = i as usize;
            let s = sgs[i].as_mut_ptr();
            if s == won {
                continue;
            }
            let c = (*cases.add(i)).c;
            if i < nsends {
                (*c).sendq.remove(s);
            } else {
                (*c).recvq.remove(s);
            }
        }
        (*g).select_done = false;
        if won.is_null() {
            panic::throw("select woken without a case");
        }
        let i = (*won).index;
        if i < nsends {
            if !(*won).success {
                panic::panic_plain("send on closed channel");
            }
            SelectResult { index: i as i64, received: false }
        } else {
            SelectResult { index: i as i64, received: (*won).success }
        }
    }
}

#[repr(C)]
pub struct SelectResult {
    pub index: i64,
    pub received: bool,
}

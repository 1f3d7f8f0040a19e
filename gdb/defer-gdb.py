# defer-gdb.py: gdb's `info defers' for programs that use defer.
#
# `info defers' lists, for each frame of the selected thread that has
# pending deferred calls, those calls newest first (the order they will
# run in): the defer statement's line, the function and the arguments as
# the defer statement evaluated them, and how the defer was lowered
# (Go's words: open-coded, stack, heap).  In the spirit of Delve's
# `stack -defer'.  `info defers N' looks at the N innermost frames only.
#
# Installed next to libdefer.so as its auto-load file
# (libdefer.so.VERSION-gdb.py); for a program linked with libdefer.a,
# `source' this file.  It needs the program built with -g: the defer
# plugin then describes each defer statement in the debug info
# (plugin/defer-debug.cc):
#
#   __deferbits         the open-coded defer bits of the frame
#   __defer_slot_K_J    operand J of open-coded defer statement K
#   __defer_site_K      defer statement K, declared at its line; the tag
#                       of its type is "STRATEGY\x1fOP0\x1fOP1...", each
#                       OP "$" (stored) or "=TEXT" (invariant, as C text);
#                       for records, its field `record' points to the
#                       site's record type
#
# Records are found on the thread's chain (runtime/include/defer.h): the
# TLS variable __defer_thread starts with struct __defer_chain { top,
# base, ... }; the slots [base, top) hold { frame, rec, ... }, newest at
# top - 1, where frame is the canonical frame address of the frame that
# pushed rec, and rec starts with struct __defer_record { link, frame,
# site, ... }.  The layout is read from memory, by the ABI, so that a
# runtime without debug info will do.

import re

import gdb

SEP = "\x1f"
PTR = 8
# struct __defer_slot: frame, rec, spare, spare_class.
SLOT_SIZE = 4 * PTR
# struct __defer_record: link, frame, then unsigned int site.
RECORD_SITE_OFFSET = 2 * PTR
# The mark of the slots of a frame whose landing pad runs (runtime/chain.c).
FRAME_LANDING = 1


def _read_u64(inferior, addr):
    return int.from_bytes(bytes(inferior.read_memory(addr, PTR)), "little")


def _read_u32(inferior, addr):
    return int.from_bytes(bytes(inferior.read_memory(addr, 4)), "little")


def chain_records():
    """Return {frame: [(site, record address), ...] newest first} for the
    selected thread, or {} when the program has no defer runtime."""
    try:
        chain = int(gdb.parse_and_eval("(unsigned long) &__defer_thread"))
    except gdb.error:
        return {}
    inferior = gdb.selected_inferior()
    top = _read_u64(inferior, chain)
    base = _read_u64(inferior, chain + PTR)
    records = {}
    slot = top - SLOT_SIZE
    while slot >= base:
        # A marked slot's frame is just below the frame's (16-aligned).
        frame = (_read_u64(inferior, slot) + FRAME_LANDING) & ~15
        rec = _read_u64(inferior, slot + PTR)
        site = _read_u32(inferior, rec + RECORD_SITE_OFFSET)
        records.setdefault(frame, []).append((site, rec))
        slot -= SLOT_SIZE
    return records


def landing_bits():
    """{frame: bits} of the open-coded frames whose landing pad runs (a
    panic or an exception unwinds them), from the runtime's state, or
    None without the runtime's debug info: the runtime keeps the bits of
    such a frame (runtime/panic.c, struct defer_landing), the newest
    landing pad's in the thread's lp_bits."""
    try:
        thread = gdb.parse_and_eval("__defer_thread")
        landing = thread["landing"]
        bits = {}
        newest = True
        while int(landing) != 0:
            frame = int(landing["frame"])
            bits.setdefault(frame, int(thread["lp_bits"] if newest
                                       else landing["bits"]))
            newest = False
            landing = landing["link"]
        return bits
    except gdb.error:
        return None


def function_block(frame):
    """The outermost block of FRAME's function, or None."""
    try:
        block = frame.block()
    except RuntimeError:
        return None
    while block is not None and block.function is None:
        block = block.superblock
    return block


class Site:
    """A defer statement, from its __defer_site_K variable."""

    def __init__(self, index, sym):
        self.index = index
        self.line = sym.line
        self.filename = sym.symtab.filename if sym.symtab else "??"
        desc = sym.type.strip_typedefs().tag or sym.type.name or ""
        fields = desc.split(SEP)
        self.strategy = fields[0]
        self.ops = fields[1:]
        self.record_type = None
        if self.strategy != "open-coded":
            for f in sym.type.strip_typedefs().fields():
                if f.name == "record":
                    self.record_type = f.type


def frame_sites(block):
    """The sites of the function whose outermost block is BLOCK, by
    index, and its __deferbits symbol (None without open-coded defers)."""
    sites = {}
    bits = None
    for sym in block:
        name = sym.name
        if name == "__deferbits":
            bits = sym
        elif name.startswith("__defer_site_"):
            try:
                index = int(name[len("__defer_site_"):])
            except ValueError:
                continue
            sites[index] = Site(index, sym)
    return sites, bits


def format_fn(value):
    """The name of the function VALUE points to, else its address."""
    try:
        addr = int(value)
    except gdb.error:
        return "<optimized out>"
    if addr == 0:
        return "<nil>"
    block = gdb.current_progspace().block_for_pc(addr)
    if block is not None and block.function is not None \
            and block.function.value().address is not None \
            and int(block.function.value().address) == addr:
        return block.function.print_name
    return gdb.format_address(addr) if hasattr(gdb, "format_address") \
        else hex(addr)


def format_value(value, is_fn):
    if value is None:
        return "?"
    if value.is_optimized_out:
        return "<optimized out>"
    if is_fn:
        return format_fn(value)
    try:
        return value.format_string()
    except gdb.error as e:
        return "<error: %s>" % e


def format_constant(text):
    """TEXT, a constant as the compiler prints it, as gdb prints one:
    1.5e+0 is 1.5."""
    if re.match(r"^[-+]?[0-9.]+e[-+]?[0-9]+$", text):
        try:
            return repr(float(text))
        except ValueError:
            pass
    return text


def format_call(site, stored):
    """SITE's call as text; STORED (J) gives the value of stored
    operand J (a gdb.Value, or None when it cannot be read)."""
    parts = []
    for j, op in enumerate(site.ops):
        if op.startswith("="):
            parts.append(format_constant(op[1:]))
        else:
            parts.append(format_value(stored(j), j == 0))
    if not parts:
        return "?"
    return "%s (%s)" % (parts[0], ", ".join(parts[1:]))


def record_field(j):
    return "fn" if j == 0 else "a%d" % (j - 1)


def open_coded_calls(frame, block, sites, bits_sym, landing):
    """The pending open-coded calls of FRAME, newest first; LANDING is
    landing_bits ()."""
    cfa = frame_cfa(frame)
    if landing and cfa in landing:
        known, bits = True, landing[cfa]
    else:
        try:
            bits = bits_sym.value(frame)
            known = not bits.is_optimized_out
            bits = int(bits) if known else 0
        except gdb.error:
            known, bits = False, 0
    calls = []
    for index in sorted(sites, reverse=True):
        site = sites[index]
        if site.strategy != "open-coded":
            continue
        if known and not bits & (1 << index):
            continue

        def stored(j, index=index):
            sym = gdb.lookup_symbol("__defer_slot_%d_%d" % (index, j),
                                    block)[0]
            if sym is None:
                return None
            try:
                return sym.value(frame)
            except gdb.error:
                return None
        note = "open-coded" if known else "open-coded, bits optimized out"
        calls.append((site, format_call(site, stored), note))
    return calls


def record_calls(frame_records, sites):
    """The calls of FRAME_RECORDS, [(site, address)] newest first."""
    calls = []
    for index, addr in frame_records:
        site = sites.get(index)
        if site is None and index == len(sites):
            # The marker of a landing pad that runs the frame's records
            # (runtime/panic.c): its site is the number of sites.
            continue
        if site is None or site.record_type is None:
            calls.append((None, "record of site %d at %#x" % (index, addr),
                          "record"))
            continue
        rec = gdb.Value(addr).cast(site.record_type).dereference()

        def stored(j, rec=rec):
            try:
                return rec[record_field(j)]
            except gdb.error:
                return None
        calls.append((site, format_call(site, stored), site.strategy))
    return calls


def frame_cfa(frame):
    """FRAME's canonical frame address: its caller's stack pointer (for
    a function inlined into another, the other's).  None for the
    outermost frame."""
    while frame.type() == gdb.INLINE_FRAME and frame.older() is not None:
        frame = frame.older()
    older = frame.older()
    if older is None:
        return None
    try:
        return int(older.read_register("rsp"))
    except (gdb.error, ValueError):
        return None


def frame_title(level, frame):
    name = frame.name() or "??"
    sal = frame.find_sal()
    where = ""
    if sal.symtab is not None:
        where = " at %s:%d" % (sal.symtab.filename, sal.line)
    return "#%-2d %s%s" % (level, name, where)


class InfoDefers(gdb.Command):
    """List the pending deferred calls of each frame, newest first.
Usage: info defers [COUNT]
For each frame of the selected thread with pending deferred calls (only
the COUNT innermost frames with COUNT), print the frame, then one line
per deferred call in the order the calls will run: the defer statement's
location, the function and its arguments as the defer evaluated them,
and the defer's strategy (open-coded, stack or heap)."""

    def __init__(self):
        super(InfoDefers, self).__init__("info defers", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        limit = None
        if arg.strip():
            limit = int(gdb.parse_and_eval(arg))
        if not gdb.selected_inferior().pid:
            raise gdb.GdbError("The program is not being run.")
        records = chain_records()
        landing = landing_bits()
        frame = gdb.newest_frame()
        level = 0
        found = False
        while frame is not None and (limit is None or level < limit):
            calls = []
            block = function_block(frame)
            sites, bits = frame_sites(block) if block is not None \
                else ({}, None)
            if bits is not None:
                calls = open_coded_calls(frame, block, sites, bits, landing)
            elif frame.type() != gdb.INLINE_FRAME:
                cfa = frame_cfa(frame)
                if cfa is not None and cfa in records:
                    calls = record_calls(records[cfa], sites)
            if calls:
                found = True
                gdb.write(frame_title(level, frame) + "\n")
                for site, text, note in calls:
                    where = "%s:%d" % (site.filename, site.line) \
                        if site is not None else "??"
                    gdb.write("    defer at %s: %s [%s]\n"
                              % (where, text, note))
            frame = frame.older()
            level += 1
        if not found:
            gdb.write("No pending deferred calls.\n")


InfoDefers()

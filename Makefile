# defer: Go's defer for C, as a GCC plugin and a runtime library.
#
#   make            build plugin/defer.so and runtime/libdefer.{a,so}
#   make check      run the DejaGnu testsuite (ends with "N passed, N failed")
#   make demo       build and run the examples
#   make bench      run the benchmarks
#   make install    PREFIX=/usr/local DESTDIR= PLUGINDIR= (see below)
#   make uninstall  the same variables: remove what install put
#   make real-world a Debian library converted to defer, built and tested
#   make fuzz       the differential fuzzer against Go: SEEDS=1000 FIRST=1

# GCC 11 and GCC 12 are supported: make CC=gcc-11 builds for GCC 11.  The
# plugin is C++ compiled against CC's plugin headers, by the matching g++:
# unless CXX is given, gcc-N (or gcc) in CC becomes g++-N (or g++).
ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin CXX),default)
CXX := $(if $(filter gcc gcc-%,$(CC)),$(patsubst gcc%,g++%,$(CC)),g++)
endif

# The version, in one place: the VERSION file.  The plugin gets it as
# -DDEFER_VERSION (its PLUGIN_INFO version, shown by gcc -v --version) and
# -DDEFER_VERSION_NUMBER (the value of __DEFER__: major * 10000 + minor *
# 100 + patch); defer.pc and the CMake config get it from here too.
VERSION := $(shell cat $(CURDIR)/VERSION)
VERSION_NUMBER := $(shell echo $(VERSION) | awk -F. '{ print $$1 * 10000 + $$2 * 100 + $$3 }')
# The runtime's ABI version, the N of libdefer.so.N (its SONAME): bump it
# whenever code built against an older runtime would break with this one.
SOVERSION := 0

# Recursive (=), not simple: on a fresh machine the plugin headers are
# installed by the time the first plugin object is compiled, and only then
# does GCC report its plugin directory.
PLUGIN_DIR = $(shell $(CC) -print-file-name=plugin)

CXXFLAGS ?= -O2 -g
PLUGIN_CXXFLAGS = -I$(PLUGIN_DIR)/include -fPIC -fno-rtti -fno-exceptions \
	-Wall -Wno-literal-suffix -MMD -MP
CFLAGS ?= -O2 -g
RUNTIME_CFLAGS := -fPIC -Wall -Wextra -Iruntime/include -MMD -MP \
	-fasynchronous-unwind-tables -ftls-model=initial-exec -pthread

PLUGIN_SRCS := $(wildcard plugin/*.cc)
PLUGIN_OBJS := $(PLUGIN_SRCS:.cc=.o)
RUNTIME_SRCS := $(wildcard runtime/*.c)
RUNTIME_ASMS := $(wildcard runtime/*.S)
RUNTIME_OBJS := $(RUNTIME_SRCS:.c=.o) $(RUNTIME_ASMS:.S=.o)

PLUGIN := plugin/defer.so
LIBA := runtime/libdefer.a
LIBSO := runtime/libdefer.so
LIBSO_SONAME := libdefer.so.$(SOVERSION)
LIBSO_REAL := libdefer.so.$(VERSION)
LIBNONSHARED := runtime/libdefer_nonshared.a
# runtime/link-check.c defines the symbol named after -ldefer that every
# unit using the runtime refers to; it must be part of the program, never
# of the shared library (see the file).
LINK_CHECK_OBJ := runtime/link-check.o
RUNTIME_SHARED_OBJS := $(filter-out $(LINK_CHECK_OBJ),$(RUNTIME_OBJS))

# How a program is built against the tree (examples, bench, testsuite).
DEFER_CC := $(CC) -fplugin=$(CURDIR)/$(PLUGIN) -I$(CURDIR)/runtime/include
DEFER_LIBS := $(CURDIR)/$(LIBA) -pthread

.PHONY: all deps check demo bench clean install uninstall real-world fuzz
all: $(PLUGIN) $(LIBA) $(LIBSO)

# The plugin headers come from gcc-N-plugin-dev: install them (as root) or
# say what to install, before anything tries to compile against them.  An
# order-only prerequisite: checked on every build, never a reason to
# rebuild.
.PHONY: plugin-headers
plugin-headers:
	@CC="$(CC)" CXX="$(CXX)" sh scripts/ensure-deps.sh compilers plugin

# The objects stay where their sources are (plugin/*.o, runtime/*.o), for
# one compiler at a time: .compilers names CC and CXX with their versions,
# is rewritten only when they change, and every object depends on it, so
# that `make CC=gcc-11` after a GCC 12 build (or back) rebuilds the plugin
# and the runtime for the new compiler instead of mixing the two.
.PHONY: FORCE
FORCE:
.compilers: FORCE | plugin-headers
	@id="CC=$(CC) $$($(CC) -dumpfullversion) CXX=$(CXX) $$($(CXX) -dumpfullversion)"; \
	  [ -f $@ ] && [ "$$(cat $@)" = "$$id" ] || echo "$$id" > $@

$(PLUGIN): $(PLUGIN_OBJS)
	$(CXX) -shared -o $@ $^

plugin/%.o: plugin/%.cc .compilers | plugin-headers
	$(CXX) $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -c -o $@ $<

plugin/defer-plugin.o: PLUGIN_CXXFLAGS += -DDEFER_VERSION='"$(VERSION)"' \
	-DDEFER_VERSION_NUMBER=$(VERSION_NUMBER)
plugin/defer-plugin.o: VERSION

runtime/%.o: runtime/%.c .compilers
	$(CC) $(CFLAGS) $(RUNTIME_CFLAGS) -c -o $@ $<

runtime/%.o: runtime/%.S .compilers
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

$(LIBA): $(RUNTIME_OBJS)
	rm -f $@
	ar rcs $@ $^

# The shared runtime, as an install has it (so that the tree links and
# runs as an install does): libdefer.so.VERSION with SONAME
# libdefer.so.SOVERSION and a link by that name; libdefer_nonshared.a,
# the link check; and libdefer.so, what -ldefer finds, a linker script
# that links both (as glibc's libc.so does).  The linker finds the
# script's relative names in the script's own directory.
runtime/$(LIBSO_REAL): $(RUNTIME_SHARED_OBJS)
	$(CC) -shared -pthread -Wl,-soname,$(LIBSO_SONAME) -o $@ $^

$(LIBNONSHARED): $(LINK_CHECK_OBJ)
	rm -f $@
	ar rcs $@ $^

$(LIBSO): runtime/$(LIBSO_REAL) $(LIBNONSHARED)
	ln -sf $(LIBSO_REAL) runtime/$(LIBSO_SONAME)
	rm -f $@
	printf '%s\n' '/* GNU ld script: -ldefer links the shared runtime and' \
	  '   the link check, which is never part of a shared library.  */' \
	  'GROUP ( $(LIBSO_SONAME) $(notdir $(LIBNONSHARED)) )' > $@

# What some tests use beyond DejaGnu (defer.build, defer.editor, defer.gdb,
# the C++ and Go tests): installed as root when missing, else those tests
# report UNSUPPORTED with the reason.
CHECK_TOOLS := pkg-config cmake meson autotools ccache distcc apt-source \
	clang gdb g++ go

check: all
	@CC="$(CC)" sh scripts/ensure-deps.sh dejagnu --optional $(CHECK_TOOLS)
	@sh testsuite/run.sh "$(CC)" "$(CURDIR)"

# The differential fuzzer's long run (fuzz/README.md): SEEDS random
# programs from seed FIRST, each in C and in Go, the C side at three
# levels and strategies, compared with Go (or with each other without
# Go); FUZZFLAGS go to fuzz/fuzz.sh (e.g. -p 1 for panics, --all-combos).
# make check runs 30 seeds (testsuite/defer.fuzz).
SEEDS ?= 1000
FIRST ?= 1
FUZZFLAGS ?=
FUZZ_GEN := fuzz/defer-fuzz-gen

$(FUZZ_GEN): fuzz/gen.c .compilers
	$(CC) -O2 -g -Wall -Wextra -o $@ $<

fuzz: all $(FUZZ_GEN)
	@CC="$(CC)" sh scripts/ensure-deps.sh --optional go
	@sh fuzz/fuzz.sh --cc "$(CC)" --gen $(FUZZ_GEN) --first $(FIRST) \
		--seeds $(SEEDS) -q $(FUZZFLAGS)

# A Debian library converted to defer, built with the plugin and checked by
# its own tests (real-world/README.md); needs the network for apt-get source.
real-world: all
	@sh real-world/run.sh "$(CC)" "$(CURDIR)"

demo: all
	@$(MAKE) --no-print-directory -C examples DEFER_CC="$(DEFER_CC)" DEFER_LIBS="$(DEFER_LIBS)" demo

bench: all
	@$(MAKE) --no-print-directory -C bench DEFER_CC="$(DEFER_CC)" DEFER_LIBS="$(DEFER_LIBS)" bench

# Where `make install` puts things.  PREFIX, and under it LIBDIR,
# INCLUDEDIR, PKGCONFIGDIR, CMAKEDIR and DOCDIR; DESTDIR goes before every
# one of them (a staged install, as packaging does: nothing installed
# refers to DESTDIR).  PLUGINDIR is where the plugin goes: GCC's own plugin
# directory for the system prefixes /usr/local and /usr, where the short
# -fplugin=defer finds it, else $(LIBDIR)/defer, so that an install into a
# user's prefix needs no root.  defer.pc and the CMake config name the
# plugin by its absolute path either way (ccache then hashes it).
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
CMAKEDIR ?= $(LIBDIR)/cmake/defer
DOCDIR ?= $(PREFIX)/share/doc/defer
ifeq ($(filter /usr /usr/local,$(PREFIX)),)
PLUGINDIR ?= $(LIBDIR)/defer
else
PLUGINDIR ?= $(PLUGIN_DIR)
endif
LDCONFIG ?= ldconfig
# gdb's `info defers' (gdb/defer-gdb.py), installed as libdefer's
# auto-load file: gdb reads OBJFILE-gdb.py from the directory of the
# library it loads, by the library's name with symlinks resolved.
GDB_EXT := gdb/defer-gdb.py
DOCS := README.md CHANGELOG.md LICENSE COPYING COPYING.RUNTIME

# defer-gcc, the compiler with the plugin loaded (scripts/defer-gcc.in),
# runs the GCC the plugin was built for, by its absolute path.
CC_PATH = $(shell command -v $(firstword $(CC)))
WRAPPER_SUBST = -e 's|@CC_PATH@|$(CC_PATH)|g' \
	-e 's|@PLUGIN@|$(PLUGINDIR)/defer.so|g' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g'

# $(call under-prefix,DIR,VAR): DIR with a leading $(PREFIX) written as the
# variable VAR, so that defer.pc follows pkg-config --define-prefix and the
# CMake config follows the directory it is found in.
under-prefix = $(patsubst $(PREFIX)/%,$(2)/%,$(patsubst $(PREFIX),$(2),$(1)))
PC_SUBST = -e 's|@VERSION@|$(VERSION)|g' \
	-e 's|@PREFIX@|$(PREFIX)|g' \
	-e 's|@LIBDIR@|$(call under-prefix,$(LIBDIR),$${prefix})|g' \
	-e 's|@INCLUDEDIR@|$(call under-prefix,$(INCLUDEDIR),$${prefix})|g' \
	-e 's|@PLUGINDIR@|$(call under-prefix,$(PLUGINDIR),$${prefix})|g'
CMAKE_SUBST = -e 's|@VERSION@|$(VERSION)|g' \
	-e 's|@SOVERSION@|$(SOVERSION)|g' \
	-e 's|@PREFIX_FROM_HERE@|'"$$(realpath -m --relative-to=$(CMAKEDIR) $(PREFIX))"'|g' \
	-e 's|@LIBDIR@|$(call under-prefix,$(LIBDIR),$${_defer_prefix})|g' \
	-e 's|@INCLUDEDIR@|$(call under-prefix,$(INCLUDEDIR),$${_defer_prefix})|g' \
	-e 's|@PLUGINDIR@|$(call under-prefix,$(PLUGINDIR),$${_defer_prefix})|g'

# run-ldconfig: a system install (no DESTDIR, as root) refreshes the
# dynamic linker's cache, as a package's postinst does; then, or for any
# install without DESTDIR, say so when LIBDIR is not among the dynamic
# linker's directories.
define run-ldconfig
	@if [ -z "$(DESTDIR)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then echo "$(LDCONFIG)"; $(LDCONFIG) || true; fi; \
	  if [ "$(1)" = install ] && \
	     ! $(LDCONFIG) -p 2>/dev/null | grep -q " => $(LIBDIR)/$(LIBSO_SONAME)$$"; then \
	    echo "note: $(LIBDIR) is not searched by the dynamic linker: run programs with" \
	         "LD_LIBRARY_PATH=$(LIBDIR), or link them with -Wl,-rpath,$(LIBDIR)"; \
	  fi; \
	fi
endef

install: all
	install -d $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(BINDIR) \
		$(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR) \
		$(DESTDIR)$(CMAKEDIR) $(DESTDIR)$(DOCDIR)
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGINDIR)/defer.so
	install -m 644 runtime/include/defer.h $(DESTDIR)$(INCLUDEDIR)/defer.h
	install -m 644 $(LIBA) $(DESTDIR)$(LIBDIR)/libdefer.a
	install -m 644 $(LIBNONSHARED) $(DESTDIR)$(LIBDIR)/libdefer_nonshared.a
	install -m 755 runtime/$(LIBSO_REAL) $(DESTDIR)$(LIBDIR)/$(LIBSO_REAL)
	ln -sf $(LIBSO_REAL) $(DESTDIR)$(LIBDIR)/$(LIBSO_SONAME)
	install -m 644 $(LIBSO) $(DESTDIR)$(LIBDIR)/libdefer.so
	install -m 644 $(GDB_EXT) $(DESTDIR)$(LIBDIR)/$(LIBSO_REAL)-gdb.py
	sed $(PC_SUBST) runtime/defer.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/defer.pc
	sed $(CMAKE_SUBST) cmake/defer-config.cmake.in \
		> $(DESTDIR)$(CMAKEDIR)/defer-config.cmake
	sed $(CMAKE_SUBST) cmake/defer-config-version.cmake.in \
		> $(DESTDIR)$(CMAKEDIR)/defer-config-version.cmake
	install -m 644 $(DOCS) $(DESTDIR)$(DOCDIR)
	sed $(WRAPPER_SUBST) scripts/defer-gcc.in > $(DESTDIR)$(BINDIR)/defer-gcc
	chmod 755 $(DESTDIR)$(BINDIR)/defer-gcc
	$(call run-ldconfig,install)

# uninstall removes the files install put and the directories that are
# defer's own; the shared ones (include/, lib/, GCC's plugin directory)
# stay.
uninstall:
	rm -f $(DESTDIR)$(PLUGINDIR)/defer.so $(DESTDIR)$(INCLUDEDIR)/defer.h \
		$(DESTDIR)$(BINDIR)/defer-gcc \
		$(DESTDIR)$(LIBDIR)/libdefer.a $(DESTDIR)$(LIBDIR)/libdefer_nonshared.a \
		$(DESTDIR)$(LIBDIR)/$(LIBSO_REAL) \
		$(DESTDIR)$(LIBDIR)/$(LIBSO_SONAME) $(DESTDIR)$(LIBDIR)/libdefer.so \
		$(DESTDIR)$(LIBDIR)/$(LIBSO_REAL)-gdb.py \
		$(DESTDIR)$(PKGCONFIGDIR)/defer.pc \
		$(DESTDIR)$(CMAKEDIR)/defer-config.cmake \
		$(DESTDIR)$(CMAKEDIR)/defer-config-version.cmake \
		$(addprefix $(DESTDIR)$(DOCDIR)/,$(DOCS))
	rmdir $(DESTDIR)$(CMAKEDIR) $(DESTDIR)$(DOCDIR) 2>/dev/null || true
	$(if $(filter $(LIBDIR)/defer,$(PLUGINDIR)),rmdir $(DESTDIR)$(PLUGINDIR) 2>/dev/null || true)
	$(call run-ldconfig,uninstall)

clean:
	rm -f plugin/*.o plugin/*.d $(PLUGIN) runtime/*.o runtime/*.d $(LIBA) \
		$(LIBNONSHARED) runtime/libdefer.so* .compilers
	rm -rf testsuite/build real-world/build fuzz/results $(FUZZ_GEN)
	-@$(MAKE) --no-print-directory -C examples clean 2>/dev/null
	-@$(MAKE) --no-print-directory -C bench clean 2>/dev/null

-include $(PLUGIN_OBJS:.o=.d) $(RUNTIME_OBJS:.o=.d)

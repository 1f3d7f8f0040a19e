# defer: Go's defer, panic and recover for C, as a GCC plugin.
#
#   make            build plugin/defer.so and runtime/libdefer.{a,so}
#   make check      run the DejaGnu testsuite (ends with "N passed, N failed")
#   make demo       build and run the examples
#   make bench      run the benchmarks
#   make install PREFIX=/usr/local DESTDIR=

ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin CXX),default)
CXX := g++
endif
PREFIX ?= /usr/local
DESTDIR ?=

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
RUNTIME_OBJS := $(RUNTIME_SRCS:.c=.o)

PLUGIN := plugin/defer.so
LIBA := runtime/libdefer.a
LIBSO := runtime/libdefer.so

# How a program is built against the tree (examples, bench, testsuite).
DEFER_CC := $(CC) -fplugin=$(CURDIR)/$(PLUGIN) -I$(CURDIR)/runtime/include
DEFER_LIBS := $(CURDIR)/$(LIBA) -pthread

.PHONY: all deps check demo bench clean install
all: $(PLUGIN) $(LIBA) $(LIBSO)

# The plugin headers come from gcc-N-plugin-dev: install them (as root) or
# say what to install, before anything tries to compile against them.  An
# order-only prerequisite: checked on every build, never a reason to
# rebuild.
.PHONY: plugin-headers
plugin-headers:
	@CC="$(CC)" sh scripts/ensure-deps.sh plugin

$(PLUGIN): $(PLUGIN_OBJS)
	$(CXX) -shared -o $@ $^

plugin/%.o: plugin/%.cc | plugin-headers
	$(CXX) $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -c -o $@ $<

runtime/%.o: runtime/%.c
	$(CC) $(CFLAGS) $(RUNTIME_CFLAGS) -c -o $@ $<

$(LIBA): $(RUNTIME_OBJS)
	rm -f $@
	ar rcs $@ $^

$(LIBSO): $(RUNTIME_OBJS)
	$(CC) -shared -pthread -o $@ $^

check: all
	@CC="$(CC)" sh scripts/ensure-deps.sh dejagnu
	@CC="$(CC)" sh scripts/ensure-deps.sh --optional clang
	@sh testsuite/run.sh "$(CC)" "$(CURDIR)"

demo: all
	@$(MAKE) --no-print-directory -C examples DEFER_CC="$(DEFER_CC)" DEFER_LIBS="$(DEFER_LIBS)" demo

bench: all
	@$(MAKE) --no-print-directory -C bench DEFER_CC="$(DEFER_CC)" DEFER_LIBS="$(DEFER_LIBS)" bench

install: all
	install -d $(DESTDIR)$(PLUGIN_DIR) $(DESTDIR)$(PREFIX)/include \
		$(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/defer.so
	install -m 644 runtime/include/defer.h $(DESTDIR)$(PREFIX)/include/defer.h
	install -m 644 $(LIBA) $(DESTDIR)$(PREFIX)/lib/libdefer.a
	install -m 755 $(LIBSO) $(DESTDIR)$(PREFIX)/lib/libdefer.so
	sed -e 's|@PREFIX@|$(PREFIX)|g' runtime/defer.pc.in \
		> $(DESTDIR)$(PREFIX)/lib/pkgconfig/defer.pc

clean:
	rm -f plugin/*.o plugin/*.d $(PLUGIN) runtime/*.o runtime/*.d $(LIBA) $(LIBSO)
	rm -rf testsuite/build
	-@$(MAKE) --no-print-directory -C examples clean 2>/dev/null
	-@$(MAKE) --no-print-directory -C bench clean 2>/dev/null

-include $(PLUGIN_OBJS:.o=.d) $(RUNTIME_OBJS:.o=.d)

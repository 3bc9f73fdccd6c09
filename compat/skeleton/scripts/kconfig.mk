# scripts/kconfig.mk: build the kernel's own kconfig tools (copied into kconfig/ at
# generation time) with the host compiler, flex and bison. Used by the top Makefile:
#   make -f scripts/kconfig.mk kconfig/conf      (defconfig-*, oldconfig, olddefconfig)
#   make -f scripts/kconfig.mk kconfig/mconf     (menuconfig; needs ncurses headers)
KC := kconfig
HOSTCC ?= gcc
HOSTCFLAGS ?= -O2
FLEX ?= flex
BISON ?= bison
KC_CFLAGS := $(HOSTCFLAGS) -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 -I $(KC) -I $(KC)/include

# everything but the front ends is shared by conf and mconf
frontends := conf.c mconf.c nconf.c nconf.gui.c gconf.c mnconf-common.c
common := $(filter-out $(addprefix $(KC)/,$(frontends) lexer.lex.c parser.tab.c), \
	    $(wildcard $(KC)/*.c)) $(KC)/lexer.lex.c $(KC)/parser.tab.c
common-objs := $(common:.c=.o)
lxdialog-objs := $(patsubst %.c,%.o,$(wildcard $(KC)/lxdialog/*.c))
mnconf-objs := $(patsubst %.c,%.o,$(wildcard $(KC)/mnconf-common.c))

$(KC)/parser.tab.c: $(KC)/parser.y
	@echo "  YACC    $@"
	@$(BISON) -o $(KC)/parser.tab.c --defines=$(KC)/parser.tab.h -t -l $<

$(KC)/parser.tab.h: $(KC)/parser.tab.c ;

$(KC)/lexer.lex.c: $(KC)/lexer.l
	@echo "  LEX     $@"
	@$(FLEX) -o $@ -L $<

$(KC)/lexer.lex.o: $(KC)/parser.tab.h

$(KC)/%.o: $(KC)/%.c
	@echo "  HOSTCC  $@"
	@$(HOSTCC) $(KC_CFLAGS) $(EXTRA_CFLAGS) -c -o $@ $<

$(KC)/conf: $(KC)/conf.o $(common-objs)
	@echo "  HOSTLD  $@"
	@$(HOSTCC) -o $@ $^

$(KC)/mconf-cflags $(KC)/mconf-libs: $(KC)/mconf-cfg.sh
	@HOSTPKG_CONFIG=$${HOSTPKG_CONFIG:-pkg-config} sh $< $(KC)/mconf-cflags $(KC)/mconf-libs

$(KC)/mconf.o $(lxdialog-objs) $(mnconf-objs): EXTRA_CFLAGS = $(shell cat $(KC)/mconf-cflags)
$(KC)/mconf.o $(lxdialog-objs) $(mnconf-objs): | $(KC)/mconf-cflags

$(KC)/mconf: $(KC)/mconf.o $(lxdialog-objs) $(mnconf-objs) $(common-objs) | $(KC)/mconf-libs
	@echo "  HOSTLD  $@"
	@$(HOSTCC) -o $@ $^ $(shell cat $(KC)/mconf-libs)

/* symbolize.h: the symbolizer's internal interface.

   symbolize.c finds the module (the executable or a shared library) that
   holds a code address and keeps, per module, what it has learnt of it;
   elf.c reads a module's file: its sections, its symbol table, its build
   ID, its separate debug file; dwarf-line.c reads the DWARF line table of
   .debug_line.  The files are mapped read-only and never unmapped once in
   use, so that the names read from them stay valid until the process
   exits.  Every read is checked against the bounds of the section it
   reads: a malformed file makes a lookup fail, never a crash.  */

#ifndef DEFER_SYMBOLIZE_H
#define DEFER_SYMBOLIZE_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

#pragma GCC visibility push(hidden)

/* Bytes of a mapped file (a section's contents, a note's descriptor), or
   none: DATA NULL and SIZE 0.  */
struct defer_bytes
{
  const unsigned char *data;
  size_t size;
};

/* An ELF file mapped read-only (elf.c): MAP and SIZE are the whole file,
   SHDRS its SHNUM section headers, SHSTRTAB their names.  SYMS are the
   NSYMS entries of its symbol table, .symtab if it has one (SYMTAB_FULL
   set), else .dynsym; STRTAB their names.  BUILD_ID is the descriptor of
   its GNU build ID note, if any.  */
struct defer_elf
{
  const unsigned char *map;
  size_t size;
  const Elf64_Shdr *shdrs;
  size_t shnum;
  struct defer_bytes shstrtab;
  const Elf64_Sym *syms;
  size_t nsyms;
  struct defer_bytes strtab;
  int symtab_full;
  struct defer_bytes build_id;
};

/* ELF files (elf.c).  */
int __deferrt_elf_open (const char *path, struct defer_elf *elf);
int __deferrt_elf_open_debug (const struct defer_elf *elf,
			    struct defer_elf *debug);
void __deferrt_elf_close (struct defer_elf *elf);
struct defer_bytes __deferrt_elf_section (const struct defer_elf *elf,
					const char *name);
const char *__deferrt_elf_function (const struct defer_elf *elf,
				  uint64_t addr, uint64_t *start);
struct defer_bytes __deferrt_elf_notes_build_id (const unsigned char *notes,
					       size_t size, size_t align);

/* A sequence of a line table, in the index of struct defer_lines.  */
struct defer_line_sequence;

/* The line table of a module (dwarf-line.c): its .debug_line and the
   string sections its DWARF 5 file tables point into, and the index of
   its sequences, built at the first lookup.  INDEX_STATE is 0 before the
   first lookup, 1 once the index is built, -1 when it could not be (too
   large, no memory): each lookup then reads the whole table.  */
struct defer_lines
{
  struct defer_bytes line;
  struct defer_bytes line_str;
  struct defer_bytes str;
  struct defer_line_sequence *seqs;
  size_t nseqs;
  int index_state;
};

/* Line tables (dwarf-line.c).  */
void __deferrt_lines_init (struct defer_lines *lines,
			 const struct defer_elf *elf);
int __deferrt_lines_find (struct defer_lines *lines, uint64_t addr,
			char *path, size_t path_size, unsigned int *line);
void __deferrt_lines_free (struct defer_lines *lines);

#pragma GCC visibility pop

#endif /* DEFER_SYMBOLIZE_H */

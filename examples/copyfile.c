/* copyfile: Go's CopyFile from "Defer, Panic, and Recover", in C.
   Every early return closes what was opened, with no goto cleanup.  */
#include <stdio.h>
#include <defer.h>

static long
copy_file (const char *dst_name, const char *src_name)
{
  FILE *src = fopen (src_name, "rb");
  if (!src)
    return -1;
  defer (fclose, src);

  FILE *dst = fopen (dst_name, "wb");
  if (!dst)
    return -1;
  defer (fclose, dst);

  char buf[4096];
  long total = 0;
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, src)) > 0)
    {
      if (fwrite (buf, 1, n, dst) != n)
	return -1;
      total += n;
    }
  return total;
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s SRC DST\n", argv[0]);
      return 1;
    }
  long n = copy_file (argv[2], argv[1]);
  if (n < 0)
    {
      perror ("copy_file");
      return 1;
    }
  printf ("copied %ld bytes from %s\n", n, argv[1]);
  printf ("copying from a missing file: %ld\n",
	  copy_file (argv[2], "/nonexistent/file"));
  return 0;
}

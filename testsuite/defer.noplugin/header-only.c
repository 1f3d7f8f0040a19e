/* Including defer.h without the plugin stops the compilation at the header, with an error that names -fplugin=.  */
#include <defer.h>

extern void g (int);

void
f (int x)
{
  defer (g, x);
}

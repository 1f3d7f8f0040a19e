// The C++ side of exception-through-c.c: main catches what cxx_throw
// throws through the C frames.
#include <cstdio>
#include <stdexcept>
#include <string>

extern "C" int c_outer (int);

extern "C" void
cxx_throw (int k)
{
  if (k)
    throw std::runtime_error ("thrown " + std::to_string (k));
}

int
main ()
{
  try
    {
      c_outer (7);
      std::printf ("not reached\n");
    }
  catch (const std::runtime_error &e)
    {
      std::printf ("caught std::runtime_error: %s\n", e.what ());
    }
  std::printf ("after: c_outer (0) = %d\n", c_outer (0));
  return 0;
}

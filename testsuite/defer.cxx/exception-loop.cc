// The C++ side of exception-loop.c: main throws a C++ exception through
// the C frames 1000 times, through a C++ frame with a destructor and a
// catch (...) that rethrows.
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

extern "C" int c_outer (int);
extern "C" void c_inner (int);
extern "C" void c_report (void);

static int destroyed, rethrown;

struct Object
{
  ~Object () { destroyed++; }
};

extern "C" void
cxx_throw (int k)
{
  throw std::runtime_error ("thrown " + std::to_string (k));
}

extern "C" void
cxx_middle (int k)
{
  Object o;
  try
    {
      c_inner (k);
    }
  catch (...)
    {
      rethrown++;
      throw;
    }
}

int
main ()
{
  long caught = 0, wrong = 0;

  for (int i = 0; i < 1000; i++)
    try
      {
	c_outer (i);
	std::printf ("not reached\n");
      }
    catch (const std::runtime_error &e)
      {
	if (std::string (e.what ()) == "thrown " + std::to_string (i))
	  caught++;
	else
	  wrong++;
      }
  std::printf ("C++: %ld caught, %ld wrong, %d destructors, %d rethrown, "
	       "%d uncaught\n", caught, wrong, destroyed, rethrown,
	       std::uncaught_exceptions ());
  c_report ();
  return 0;
}

// The C++ side of panic-through-cxx.c: a frame with an object whose
// destructor must run when a panic passes, and a catch (...) that
// swallows one.
#include <cstdio>

struct Object
{
  ~Object () { std::printf ("~Object (destructor)\n"); }
};

extern "C" void
cxx_with_object (void (*fn) (void))
{
  Object o;
  fn ();
}

extern "C" int
cxx_swallow (void (*fn) (void))
{
  try
    {
      fn ();
    }
  catch (...)
    {
      return 1;
    }
  return 0;
}

// The C++ side of panic-cxx-rethrow.c: frames with objects whose
// destructors must run when a panic passes, one of them with a
// catch (...) that rethrows what it caught.
#include <exception>

extern "C" void note_event (const char *);
extern "C" void c_mid (int);
extern "C" void c_bottom (int);

struct Object
{
  const char *name;
  ~Object () { note_event (name); }
};

extern "C" void
cxx_outer (int depth)
{
  Object o = { "~Object outer" };
  c_mid (depth);
}

extern "C" void
cxx_rethrow (int depth)
{
  Object o = { "~Object rethrow" };
  try
    {
      c_bottom (depth);
    }
  catch (...)
    {
      note_event ("catch (...) rethrows");
      throw;
    }
}

// cxx_clean says whether the C++ runtime holds no caught exception and
// still throws and catches its own.  (Not std::uncaught_exceptions ():
// see panic-cxx-rethrow.c.)
extern "C" int
cxx_clean (void)
{
  if (std::current_exception ())
    return 0;
  try
    {
      throw 42;
    }
  catch (int v)
    {
      return v == 42;
    }
  return 0;
}

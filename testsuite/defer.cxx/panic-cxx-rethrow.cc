// The C++ side of panic-cxx-rethrow.c: frames with objects whose
// destructors must run when a panic passes, with catch (...) blocks
// that rethrow what they caught, and a destructor of a C++ unwind that
// calls C code which panics and recovers.
#include <exception>

extern "C" void note_event (const char *);
extern "C" void note_uncaught (const char *, int);
extern "C" void c_mid (int);
extern "C" void c_bottom (int);
extern "C" int c_recover_rethrown (void);

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

// cxx_rethrow_inner is a second catch (...) that rethrows, below
// cxx_rethrow's, for odd depths.
static void
cxx_rethrow_inner (int depth)
{
  try
    {
      c_bottom (depth);
    }
  catch (...)
    {
      note_event ("inner catch (...) rethrows");
      throw;
    }
}

extern "C" void
cxx_rethrow (int depth)
{
  Object o = { "~Object rethrow" };
  try
    {
      if (depth % 2)
	cxx_rethrow_inner (depth);
      else
	c_bottom (depth);
    }
  catch (...)
    {
      note_event ("catch (...) rethrows");
      throw;
    }
}

// cxx_clean says whether the C++ runtime holds no caught exception,
// counts none uncaught, and still throws and catches its own.
extern "C" int
cxx_clean (void)
{
  if (std::current_exception () || std::uncaught_exceptions () != 0)
    return 0;
  try
    {
      throw 42;
    }
  catch (int v)
    {
      return v == 42 && std::uncaught_exceptions () == 0;
    }
  return 0;
}

// Recovering's destructor runs while the C++ exception of
// cxx_throw_over_recovery unwinds: the panic it makes C recover
// started with that exception uncaught, and leaves it so.
struct Recovering
{
  ~Recovering ()
  {
    note_uncaught ("before the panic, in a destructor",
		   std::uncaught_exceptions ());
    int recovered = c_recover_rethrown ();
    note_uncaught (recovered ? "recovered, in the destructor"
		   : "not recovered, in the destructor",
		   std::uncaught_exceptions ());
  }
};

extern "C" int
cxx_throw_over_recovery (void)
{
  try
    {
      Recovering r;
      throw 7;
    }
  catch (int v)
    {
      note_uncaught ("in the catch of the C++ exception",
		     std::uncaught_exceptions ());
      return v == 7;
    }
  return 0;
}

/* Variadic functions and floating point without defer: a printf-style
   logger with va_copy, a variadic sum, Kahan summation, Newton iteration,
   long double, _Complex arithmetic and float/int conversions.  */

#include <complex.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

static char log_buffer[256];
static size_t log_used;

int
log_printf (const char *fmt, ...)
{
  va_list ap, again;
  int n;

  va_start (ap, fmt);
  va_copy (again, ap);
  n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n >= 0 && log_used + (size_t) n < sizeof log_buffer)
    {
      vsnprintf (log_buffer + log_used, sizeof log_buffer - log_used, fmt,
		 again);
      log_used += (size_t) n;
    }
  va_end (again);
  return n;
}

/* Sum COUNT doubles passed after it.  */
double
sum_doubles (int count, ...)
{
  va_list ap;
  double s = 0;
  va_start (ap, count);
  while (count-- > 0)
    s += va_arg (ap, double);
  va_end (ap);
  return s;
}

/* Arguments of mixed classes: ints, doubles, pointers, in a format.  */
long
mixed (const char *shape, ...)
{
  va_list ap;
  long total = 0;
  va_start (ap, shape);
  for (; *shape; shape++)
    switch (*shape)
      {
      case 'i':
	total += va_arg (ap, int);
	break;
      case 'l':
	total += va_arg (ap, long);
	break;
      case 'd':
	total += (long) va_arg (ap, double);
	break;
      case 's':
	total += (long) sizeof (va_arg (ap, const char *));
	break;
      }
  va_end (ap);
  return total;
}

double
kahan_sum (const double *v, size_t n)
{
  double sum = 0, c = 0;
  size_t i;
  for (i = 0; i < n; i++)
    {
      double y = v[i] - c;
      double t = sum + y;
      c = (t - sum) - y;
      sum = t;
    }
  return sum;
}

double
newton_sqrt (double x)
{
  double g = x > 1 ? x / 2 : 1;
  int i;
  if (x <= 0)
    return 0;
  for (i = 0; i < 32; i++)
    {
      double next = 0.5 * (g + x / g);
      if (next == g)
	break;
      g = next;
    }
  return g;
}

long double
horner (const long double *coeff, int degree, long double x)
{
  long double r = coeff[degree];
  while (degree-- > 0)
    r = r * x + coeff[degree];
  return r;
}

double complex
mandelbrot_step (double complex z, double complex c)
{
  return z * z + c;
}

int
mandelbrot_escape (double re, double im, int limit)
{
  double complex z = 0, c = re + im * I;
  int i;
  for (i = 0; i < limit; i++)
    {
      z = mandelbrot_step (z, c);
      if (creal (z) * creal (z) + cimag (z) * cimag (z) > 4.0)
	return i;
    }
  return limit;
}

float
lerp (float a, float b, float t)
{
  return a + (b - a) * t;
}

int
round_half_even (double x)
{
  double f = (double) (long) x;
  double d = x - f;
  long r = (long) f;
  if (d > 0.5 || (d == 0.5 && (r & 1)))
    r++;
  else if (d < -0.5 || (d == -0.5 && (r & 1)))
    r--;
  return (int) r;
}

void
print_stats (FILE *out, const double *v, size_t n)
{
  double mean = n ? kahan_sum (v, n) / (double) n : 0, var = 0;
  size_t i;
  for (i = 0; i < n; i++)
    var += (v[i] - mean) * (v[i] - mean);
  fprintf (out, "n=%zu mean=%g sd=%g\n", n, mean,
	   n > 1 ? newton_sqrt (var / (double) (n - 1)) : 0.0);
}

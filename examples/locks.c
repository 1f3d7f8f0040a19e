/* locks: a mutex released on every path out of a function, and the
   arguments of a deferred call evaluated at the defer statement.  */
#include <pthread.h>
#include <stdio.h>
#include <defer.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int balance = 100;

static int
withdraw (int amount)
{
  pthread_mutex_lock (&lock);
  defer (pthread_mutex_unlock, &lock);
  if (amount > balance)
    return -1;			/* unlocked here... */
  balance -= amount;
  return balance;		/* ...and here.  */
}

static void
report (const char *what, int value)
{
  printf ("%s: %d\n", what, value);
}

int
main (void)
{
  int i = 1;
  defer (report, "i at the defer statement", i);
  i = 42;
  printf ("withdraw 30 -> %d\n", withdraw (30));
  printf ("withdraw 500 -> %d\n", withdraw (500));
  printf ("lock is free again: %s\n",
	  pthread_mutex_trylock (&lock) == 0 ? "yes" : "no");
  pthread_mutex_unlock (&lock);
  return 0;
}

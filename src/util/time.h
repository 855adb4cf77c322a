/* time: monotonic and wall clocks in the units the gateway logs. */
#ifndef GW_UTIL_TIME_H
#define GW_UTIL_TIME_H

#include <stdint.h>

uint64_t time_mono_us(void);
uint64_t time_wall_ms(void);
/* Seconds since the epoch, for OpenAI's "created". */
int64_t time_wall_s(void);

#endif

/*
 * up_int: what the two transports of the upstream module share. client.c
 * owns the public entry points, the libcurl path and the list of requests in
 * flight (for the stall sweep); h1.c is the native HTTP/1.1 path.
 */
#ifndef GW_UPSTREAM_UP_INT_H
#define GW_UPSTREAM_UP_INT_H

#include "up.h"

/* client.c: the list of requests in flight. up__link also counts the request
 * in c->active and starts the stall sweep when it needs one. */
void up__link(struct up_client *c, struct up_req *r);
void up__unlink(struct up_req *r);

/* h1.c */
int up__h1_init(struct up_client *c);
/* Closes every idle connection and forgets the hosts; in-flight requests
 * must have been cancelled first. No callback follows. */
void up__h1_close(struct up_client *c);
/* Starts r natively, or returns GW_EDECLINED when the URL is not one for
 * h1 (not http://, user info, odd bytes) or a proxy applies: libcurl takes
 * it then. Else 0 or GW_ENOMEM. */
int up__h1_start(struct up_client *c, struct up_req *r);
void up__h1_cancel(struct up_req *r);
void up__h1_pause(struct up_req *r, bool paused);

/*
 * True when `host` (a name or an IP literal without brackets) is excluded
 * from proxying by `no_proxy`, with curl's rules: the whole value `*`
 * matches every host; else entries separated by commas or blanks, a name
 * matches itself and its subdomains (leading and trailing dots ignored,
 * case-insensitive), an IP matches the same address or a CIDR range
 * (`10.0.0.0/8`, `fd00::/8`, brackets allowed). NULL matches nothing.
 */
bool up__no_proxy_match(const char *no_proxy, const char *host);

#endif

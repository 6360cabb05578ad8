vcl 4.1;

# The edge cache in front of the storefront (docs/adr/0006): whole public pages keyed
# by URL, cookies never part of the key, purged by surrogate key. Needs varnish-modules (xkey).
#
# Freshness comes from the origin's Cache-Control: Varnish itself turns `s-maxage` into the TTL
# and `stale-while-revalidate` into grace. `stale-if-error` it ignores, so this file parses it:
# the object's grace is stretched to cover it, and a copy older than its stale-while-revalidate
# window is served only when a synchronous refetch fails (see vcl_hit and the restart dance in
# vcl_backend_error / vcl_synth / vcl_deliver). Kept-but-not-graced objects cannot be served at
# all, which is why stale-if-error lives in grace rather than in beresp.keep.
#
# A/B tests (docs/adr/0012): `/` and `/pages/<handle>` read the sticky bucket cookie `shop_ab`
# (0-99; drawn and set in vcl_deliver when absent or invalid), pass it on as `x-ab-bucket` and
# as `x-ab-variant-10` … `x-ab-variant-90` (`b` when the bucket is below the split), and a page
# under test answers `x-ab-split: <p>`, which becomes `Vary: x-ab-variant-<p>`: two copies of a
# page under test, one of any other page; no other cookie keys or reaches them.
#
# Settings come from varnishd's environment (std.getenv, read per request):
#   EDGE_PURGE_SECRET  PURGE (and the x-edge-debug view) need it in `x-purge-secret`; unset, nobody may purge.
#   EDGE_SHOP_HOST     the shop's host name: every request is keyed and forwarded under it.
#
# e2e/support/varnish.ts rewrites the two `.port` lines below into a temporary copy; keep each
# port value unique in this file.

import std;
import xkey;
import header;

backend storefront {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 20s;
    .between_bytes_timeout = 10s;
}

backend gateway {
    .host = "127.0.0.1";
    .port = "4000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

sub vcl_recv {
    # The x-edge-* request headers are this file's own restart state: from a client they would
    # bypass the cookie pass (stale-if-error) or defeat stale-while-revalidate (refresh).
    if (req.restarts == 0) {
        unset req.http.x-edge-stale-if-error;
        unset req.http.x-edge-refresh;
        unset req.http.x-edge-purger;
        # Not an address: purges come from storefront instances anywhere. The secret is
        # compared here once and never forwarded.
        if (std.getenv("EDGE_PURGE_SECRET") != "" && req.http.x-purge-secret == std.getenv("EDGE_PURGE_SECRET")) {
            set req.http.x-edge-purger = "1";
        }
        unset req.http.x-purge-secret;
        call edge_ab_reset;
    }

    # One shop, one host: a Host of the client's choosing (another name, case or port) would
    # otherwise key a cache object of its own for every page.
    if (std.getenv("EDGE_SHOP_HOST") != "") {
        set req.http.Host = std.getenv("EDGE_SHOP_HOST");
    } else {
        set req.http.Host = std.tolower(regsub(req.http.Host, ":[0-9]+$", ""));
    }

    if (req.method == "PURGE") {
        call edge_purge;
    }

    # The browser's personal GraphQL calls (cart, customer, live stock) go straight to the
    # gateway, with their cookies, and are never cached.
    if (req.url ~ "^/api/graphql(\?|$)") {
        set req.backend_hint = gateway;
        set req.url = regsub(req.url, "^/api/graphql", "/graphql");
        return (pass);
    }

    set req.backend_hint = storefront;

    # Next.js router headers count only on client-router fetches, which always carry `_rsc`.
    # Without it, `RSC: 1` gets a 307 to `?_rsc` with the page's public Cache-Control and no
    # Vary, and random router values would each make a variant (they are in Next's Vary).
    if (req.url !~ "[?&]_rsc(=|&|$)") {
        unset req.http.RSC;
        unset req.http.Next-Router-State-Tree;
        unset req.http.Next-Router-Prefetch;
        unset req.http.Next-Router-Segment-Prefetch;
        unset req.http.Next-Url;
    }

    # Personal pages (the account, the cart, checkout, order confirmations) and the staff studio
    # are never looked up or stored, whatever Cache-Control a broken release might send.
    if (req.url ~ "^/(account|cart|checkout|orders|studio)(/|\?|$)" || req.url ~ "^/api(/|\?|$)" ||
        (req.method != "GET" && req.method != "HEAD")) {
        return (pass);
    }

    call edge_normalise_url;

    if (req.url ~ "^/(\?|$)" || req.url ~ "^/pages/[^/?]+(\?|$)") {
        # Once per client request: a restart keeps the bucket (the Cookie is gone by then).
        if (req.restarts == 0) {
            call edge_ab_bucket;
        }
        # Next.js draft mode (a staff preview) is somebody's: passed, cookies and all.
        if (req.http.Cookie ~ "(^|;)\s*__prerender_bypass=") {
            return (pass);
        }
    }

    if (req.url ~ "^/(\?|$)" ||
        req.url ~ "^/pages/[^/?]+(\?|$)" ||
        req.url ~ "^/(products|collections)/[^/?]+(\?|$)" ||
        req.url ~ "^/search(\?|$)" ||
        req.url ~ "^/(sitemap\.xml|robots\.txt|favicon\.ico)(\?|$)" ||
        req.url ~ "^/_next/static/" ||
        req.url ~ "(?i)\.(avif|webp|png|jpe?g|gif|svg|ico|woff2?)(\?|$)") {
        # Public by contract: nothing personal is in these responses, so cookies must neither
        # split nor personalise the cache.
        unset req.http.Cookie;
        unset req.http.Authorization;
    }

    # Before any stale-copy branch: somebody's request is never looked up.
    if (req.http.Cookie || req.http.Authorization) {
        return (pass);
    }

    # A restart after a failed refetch: accept whatever stale copy the object's grace still
    # holds (req.grace survives restarts, and the refetch set it to 0s).
    if (req.http.x-edge-stale-if-error) {
        set req.grace = 3650d;
        return (hash);
    }
    # The first lookup serves stale copies only inside stale-while-revalidate (vcl_hit); a
    # restart asked for a synchronous refetch.
    if (req.http.x-edge-refresh) {
        set req.grace = 0s;
    }
    return (hash);
}

# The A/B request headers are this file's to set: from a client they would choose a version,
# or split the cache of a page under test by hand.
sub edge_ab_reset {
    unset req.http.x-ab-bucket;
    unset req.http.x-edge-ab-new;
    unset req.http.x-ab-variant-10;
    unset req.http.x-ab-variant-20;
    unset req.http.x-ab-variant-30;
    unset req.http.x-ab-variant-40;
    unset req.http.x-ab-variant-50;
    unset req.http.x-ab-variant-60;
    unset req.http.x-ab-variant-70;
    unset req.http.x-ab-variant-80;
    unset req.http.x-ab-variant-90;
}

# The shopper's bucket from `shop_ab` (0-99, written without leading zeros), else a drawn one
# that vcl_deliver sets as the cookie. Splits go in steps of 10, so nine headers cover every test;
# the storefront reads `x-ab-bucket` (its decile) and gets the same answer for the split it knows.
sub edge_ab_bucket {
    if (req.http.Cookie ~ "(^|;)\s*shop_ab=(0|[1-9][0-9]?)\s*(;|$)") {
        set req.http.x-ab-bucket = regsub(req.http.Cookie, "^(?:.*;)?\s*shop_ab=(0|[1-9][0-9]?)\s*(?:;.*)?$", "\1");
    } else {
        set req.http.x-ab-bucket = std.integer(real = std.random(0, 100), fallback = 0);
        if (std.integer(req.http.x-ab-bucket, 0) > 99) {
            set req.http.x-ab-bucket = "99";
        }
        set req.http.x-edge-ab-new = "1";
    }
    set req.http.x-ab-variant-10 = "a";
    set req.http.x-ab-variant-20 = "a";
    set req.http.x-ab-variant-30 = "a";
    set req.http.x-ab-variant-40 = "a";
    set req.http.x-ab-variant-50 = "a";
    set req.http.x-ab-variant-60 = "a";
    set req.http.x-ab-variant-70 = "a";
    set req.http.x-ab-variant-80 = "a";
    set req.http.x-ab-variant-90 = "a";
    if (std.integer(req.http.x-ab-bucket, 0) < 10) { set req.http.x-ab-variant-10 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 20) { set req.http.x-ab-variant-20 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 30) { set req.http.x-ab-variant-30 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 40) { set req.http.x-ab-variant-40 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 50) { set req.http.x-ab-variant-50 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 60) { set req.http.x-ab-variant-60 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 70) { set req.http.x-ab-variant-70 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 80) { set req.http.x-ab-variant-80 = "b"; }
    if (std.integer(req.http.x-ab-bucket, 0) < 90) { set req.http.x-ab-variant-90 = "b"; }
}

sub edge_purge {
    if (!req.http.x-edge-purger) {
        return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge) {
        set req.http.x-edge-purged = xkey.purge(req.http.xkey-purge);
    } else if (req.http.Surrogate-Key) {
        set req.http.x-edge-purged = xkey.purge(req.http.Surrogate-Key);
    } else {
        return (synth(400, "PURGE needs an xkey-purge or Surrogate-Key header"));
    }
    return (synth(200, "Purged " + req.http.x-edge-purged));
}

# Only query keys the storefront reads make a distinct cache entry; the rest are dropped, so a
# stranger cannot mint objects with `?x=1`, `?x=2`, … Keys are matched as sent: a
# percent-encoded key (`utm%5Fsource`, `%63olor`) is not one of them and goes too.
# - static files and other fixed resources read no query at all;
# - the home page and content pages (`/pages/<handle>`) read none but `_rsc`;
# - product pages read option slugs (apps/storefront/src/lib/catalog/variant-params.ts), after
#   the tracking keys of apps/storefront/src/lib/tracking-params.ts, which look like slugs, are
#   dropped (case-insensitively: utm_*, fbclid gclid gbraid wbraid msclkid dclid yclid ttclid
#   twclid igshid srsltid mc_cid mc_eid _ga _gl ref);
# - every other page reads the listing keys (apps/storefront/src/lib/listing/listing-params.ts).
# `_rsc` is the client router's, on every page. The remaining parameters are sorted.
sub edge_normalise_url {
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "(?i)(?<=[?&])(utm_[^=&]*|fbclid|gclid|gbraid|wbraid|msclkid|dclid|yclid|ttclid|twclid|igshid|srsltid|mc_cid|mc_eid|_ga|_gl|ref)(=[^&]*)?(&|$)", "");
        if (req.url ~ "^/_next/static/" ||
            req.url ~ "^/(sitemap\.xml|robots\.txt|favicon\.ico)(\?|$)" ||
            req.url ~ "(?i)\.(avif|webp|png|jpe?g|gif|svg|ico|woff2?|js|css)(\?|$)") {
            set req.url = regsub(req.url, "\?.*$", "");
        } else if (req.url ~ "^/(pages/[^/?]+)?\?") {
            # The home page and content pages read no query (proxy.ts drops it): only the router's.
            set req.url = regsuball(req.url, "(?<=[?&])(?!_rsc(?:=|&|$))[^&]*(?:&|$)", "");
        } else if (req.url ~ "^/products/") {
            set req.url = regsuball(req.url, "(?<=[?&])(?!(?:[a-z0-9-]{1,40}|_rsc)(?:=|&|$))[^&]*(?:&|$)", "");
        } else {
            set req.url = regsuball(req.url, "(?<=[?&])(?!(?:filter\.v\.availability|filter\.p\.product_type|filter\.p\.vendor|filter\.p\.tag|filter\.v\.option\.[a-z0-9-]{1,40}|filter\.v\.price\.(?:gte|lte)|sort_by|after|before|q|_rsc)(?:=|&|$))[^&]*(?:&|$)", "");
        }
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }
}

sub vcl_hit {
    # Past stale-while-revalidate, a healthy origin is asked synchronously; only if that fails
    # does the copy (still in grace thanks to stale-if-error) go out.
    if (obj.ttl <= 0s && !req.http.x-edge-stale-if-error &&
        obj.ttl + std.duration(obj.http.x-edge-swr + "s", 0s) <= 0s) {
        set req.http.x-edge-refresh = "1";
        return (restart);
    }
}

sub vcl_backend_fetch {
    # This file's own request state is not the origin's business.
    unset bereq.http.x-edge-purger;
    unset bereq.http.x-edge-ab-new;
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }

    # An origin failure keeps the cached copy: a background refetch is dropped, and a
    # synchronous one hands over to vcl_synth, which restarts to serve the stale copy.
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch || bereq.http.x-edge-refresh) {
            return (abandon);
        }
        # Never cached, and no hit-for-miss marker either: that would hide a stale copy.
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.keep = 0s;
        return (deliver);
    }

    # Redirects are never cached: Next.js sends them with the page's public Cache-Control, and
    # one cached under a page's URL would send every shopper elsewhere.
    if (beresp.status >= 300 && beresp.status < 400) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }

    # A response that sets a cookie is somebody's: pass it through untouched, never cached.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }

    # Cache only what the origin explicitly allows; no default TTL for silent responses.
    if (!beresp.http.Cache-Control && !beresp.http.Expires ||
        beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }

    if (beresp.status == 404) {
        if (beresp.ttl > 60s) {
            set beresp.ttl = 60s;
        }
        if (beresp.grace > 60s) {
            set beresp.grace = 60s;
        }
        # A content page is a 404 until it is published, and its URL may be asked for before
        # (a link shared early, the marketer checking): kept 2 s and never served stale, so it
        # shows within seconds of publishing even when no purge reaches this copy.
        if (bereq.url ~ "^/pages/") {
            if (beresp.ttl > 2s) {
                set beresp.ttl = 2s;
            }
            set beresp.grace = 0s;
        }
    }

    # Varnish parsed stale-while-revalidate into grace; remember it, then widen grace to cover
    # stale-if-error (vcl_hit tells the two windows apart).
    set beresp.http.x-edge-swr = beresp.grace;
    if (beresp.status != 404 && beresp.http.Cache-Control ~ "(?i)(^|[, ])stale-if-error=[0-9]+") {
        set beresp.http.x-edge-sie = regsub(beresp.http.Cache-Control, "(?i)^.*(?:^|[, ])stale-if-error=([0-9]+).*$", "\1");
        if (std.duration(beresp.http.x-edge-sie + "s", 0s) > beresp.grace) {
            set beresp.grace = std.duration(beresp.http.x-edge-sie + "s", 0s);
        }
        unset beresp.http.x-edge-sie;
    }

    # A page under test is stored per version of the split it names (two copies); a malformed
    # split adds nothing.
    if (beresp.http.x-ab-split ~ "^[1-9]0$") {
        if (beresp.http.Vary) {
            set beresp.http.Vary = beresp.http.Vary + ", x-ab-variant-" + beresp.http.x-ab-split;
        } else {
            set beresp.http.Vary = "x-ab-variant-" + beresp.http.x-ab-split;
        }
    }

    # Index the object by its surrogate keys for xkey purges.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
}

sub vcl_backend_error {
    if (bereq.is_bgfetch || bereq.http.x-edge-refresh) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (req.http.x-edge-refresh && !req.http.x-edge-stale-if-error && resp.status >= 500) {
        call edge_restart_for_stale;
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # For whoever may purge: what the cache decided about this object.
    if (req.http.x-edge-debug && req.http.x-edge-purger) {
        set resp.http.X-Edge-TTL = obj.ttl;
        set resp.http.X-Edge-Grace = obj.grace;
        set resp.http.X-Edge-Keys = resp.http.xkey;
    }
    unset resp.http.xkey;
    unset resp.http.x-edge-swr;
    unset resp.http.Surrogate-Key;
    unset resp.http.x-ab-split;
    # Only here, on the way out: the cached object never carries it.
    if (req.http.x-edge-ab-new) {
        header.append(resp.http.Set-Cookie, "shop_ab=" + req.http.x-ab-bucket + "; Path=/; Max-Age=31536000; SameSite=Lax");
    }
}

sub vcl_synth {
    if (resp.status >= 500 && req.http.x-edge-refresh && !req.http.x-edge-stale-if-error) {
        call edge_restart_for_stale;
    }
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        if (req.http.x-edge-purged) {
            set resp.http.X-Purged = req.http.x-edge-purged;
        }
        return (deliver);
    }
}

sub edge_restart_for_stale {
    set req.http.x-edge-stale-if-error = "1";
    unset req.http.x-edge-refresh;
    return (restart);
}

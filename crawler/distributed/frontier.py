"""The crawl cluster's shared state in Redis, and the only code that changes it.

scrapy-redis supplies the frontier (a sorted set of pickled requests per job) and the duplicate
filter (a set of request fingerprints per job). This module adds what scrapy-redis lacks for a
crawl that must lose nothing when a worker dies, and must stay polite when many workers run:

- **leases**: popping a request moves it, in the same Lua call, into the popping worker's
  in-flight hash. It leaves only when the worker hands over what the request produced (pages
  for the writer, new links already in the frontier), so a worker killed mid-request loses
  nothing: its leases go back to the frontier when its heartbeat stops.
- **site slots**: a worker crawls a site only while it holds one of the site's slots (one by
  default), so a site is never hit by every worker at once.
- **delivery**: pages go to one list that the single writer (``pipelines/ingest.py``) drains;
  the delivery and the end of the lease are one atomic step, so a page is delivered once.

Every multi-key change is one Lua script (atomic in Redis). Keys, with the default prefix
``dna`` (``{j}`` is a job id such as ``kienthuy-20250601T120000Z-3fa2``, ``{w}`` a worker id):

==============================  ======  =====================================================
``dna:jobs``                    set     jobs whose crawl has not ended
``dna:open``                    set     jobs with a free site slot (what idle workers look at)
``dna:site:{site}``             string  the site's active job (one at a time per site)
``dna:job:{j}``                 hash    spec (JSON), site_row (JSON), site, mode, state
                                        (crawling → crawled), seeded, site_workers, delivered,
                                        dropped:<reason> (workers' drop counts), submitted_at,
                                        completed_at; the writer adds run_id and article
                                        counters
``dna:job:{j}:requests``        zset    the frontier (scrapy-redis PriorityQueue)
``dna:job:{j}:dupefilter``      set     fingerprints of every request scheduled
``dna:job:{j}:holders``         set     workers holding a slot of the site now
``dna:job:{j}:workers``         set     workers that leased a request of the job
``dna:job:{j}:inflight:{w}``    hash    lease id → "score data" of requests ``w`` is working on
``dna:lease-seq``               int     lease ids
``dna:workers``                 zset    worker → last heartbeat (Redis server clock, ms)
``dna:worker:{w}:jobs``         set     jobs ``w`` holds a slot of or leased from
``dna:items``                   list    messages for the writer, oldest first
``dna:items:ingesting``         list    the message the writer is storing right now
``dna:items:dead``              list    messages the writer could not store, with the reason
==============================  ======  =====================================================

A job's frontier, dupefilter and slot keys are deleted when its crawl ends; its hash stays
for a week (the writer's run bookkeeping, ``district-archive jobs``).
"""
from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast

import redis

from crawler.distributed.protocol import (
    DEFAULT_PREFIX,
    DROPPED_FIELD,
    Keys,
    encode_end,
    reply_text,
)

JOB_HASH_TTL = 7 * 24 * 3600  # seconds a finished job's hash stays readable


# Put one worker's leases of one job back into the job's frontier (priority kept). Shared by
# the scripts below; KEYS are built inside because the set of jobs is only known in Redis.
_REQUEUE_FN = """
local function requeue(inflight, queue)
  local all = redis.call('HGETALL', inflight)
  for i = 1, #all, 2 do
    local v = all[i + 1]
    local sp = string.find(v, ' ', 1, true)
    redis.call('ZADD', queue, string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
  end
  redis.call('DEL', inflight)
  return #all / 2
end
local function reopen(prefix, j)
  local job = prefix .. ':job:' .. j
  if redis.call('HGET', job, 'state') == 'crawling' and redis.call('SCARD', job .. ':holders')
      < tonumber(redis.call('HGET', job, 'site_workers') or '1') then
    redis.call('SADD', prefix .. ':open', j)
  end
end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
"""

# KEYS: jobs, site, job, open ; ARGV: job id, then field/value pairs of the job hash.
# Returns the site's active job when there is one (nothing submitted), else nil.
_SUBMIT = """
local current = redis.call('GET', KEYS[2])
if current then return current end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[3])
redis.call('HSET', KEYS[3], unpack(ARGV, 2))
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
return false
"""

# KEYS: workers ; ARGV: worker. Returns 1 when the worker was not registered (first beat, or
# it had been presumed dead and its leases were taken back).
_HEARTBEAT = _REQUEUE_FN + """
return redis.call('ZADD', KEYS[1], now_ms(), ARGV[1])
"""

# KEYS: workers ; ARGV: prefix, dead_after_ms, [worker]. Releases the given worker (it is
# leaving), or every worker whose heartbeat is older than dead_after_ms: its leases go back to
# the frontiers, its slots are freed. Returns the workers released.
_RELEASE = _REQUEUE_FN + """
local p = ARGV[1]
local gone
if ARGV[3] then gone = {ARGV[3]} else
  gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now_ms() - tonumber(ARGV[2]))
end
for _, w in ipairs(gone) do
  local wjobs = p .. ':worker:' .. w .. ':jobs'
  for _, j in ipairs(redis.call('SMEMBERS', wjobs)) do
    local job = p .. ':job:' .. j
    if redis.call('HGET', job, 'state') == 'crawling' then
      requeue(job .. ':inflight:' .. w, job .. ':requests')
    else
      redis.call('DEL', job .. ':inflight:' .. w)
    end
    redis.call('SREM', job .. ':holders', w)
    reopen(p, j)
  end
  redis.call('DEL', wjobs)
  redis.call('ZREM', KEYS[1], w)
end
return gone
"""

# KEYS: job, holders, worker_jobs, open ; ARGV: worker, job id. 1 if the worker holds a slot.
_ACQUIRE = """
if redis.call('HGET', KEYS[1], 'state') ~= 'crawling' then
  redis.call('SREM', KEYS[4], ARGV[2])
  return 0
end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 1 end
local cap = tonumber(redis.call('HGET', KEYS[1], 'site_workers') or '1')
if redis.call('SCARD', KEYS[2]) >= cap then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[2])
if redis.call('SCARD', KEYS[2]) >= cap then redis.call('SREM', KEYS[4], ARGV[2]) end
return 1
"""

# KEYS: holders ; ARGV: prefix, worker, job id. Gives the slot back.
_RELEASE_SLOT = _REQUEUE_FN + """
redis.call('SREM', KEYS[1], ARGV[2])
reopen(ARGV[1], ARGV[3])
"""

# KEYS: requests, inflight, job_workers, worker_jobs, lease_seq ; ARGV: worker, job id.
# Pops the best request and leases it to the worker: {lease id, data} or nil.
_LEASE = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local id = tostring(redis.call('INCR', KEYS[5]))
redis.call('HSET', KEYS[2], id, r[2] .. ' ' .. r[1])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('SADD', KEYS[4], ARGV[2])
return {id, r[1]}
"""

# KEYS: dupefilter, requests, inflight ; ARGV: fingerprint ('' when the request is not to be
# filtered), score, data, lease id of the request it replaces ('' if none). Records the
# fingerprint and queues the request, both or neither: a worker killed between the two would
# otherwise leave a URL marked seen that nobody fetches. 1 if queued.
_SCHEDULE = """
local queued = 0
if ARGV[1] == '' or redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  queued = 1
end
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[3], ARGV[4]) end
return queued
"""

# KEYS: inflight, items, job ; ARGV: lease id, n, n (drop field, change) pairs, messages...
# Ends the lease, adds the worker's new drop counts to the job hash and hands the messages to
# the writer, all or nothing. 0 when the lease was already taken back (this worker was presumed
# dead): the request is in the frontier again, so nothing is delivered.
_DELIVER = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
local n = tonumber(ARGV[2])
for i = 3, 2 + 2 * n, 2 do redis.call('HINCRBY', KEYS[3], ARGV[i], ARGV[i + 1]) end
for i = 3 + 2 * n, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
redis.call('HINCRBY', KEYS[3], 'delivered', #ARGV - 2 - 2 * n)
return 1
"""

# KEYS: inflight, requests, job ; ARGV: none. Gives this worker's leases of the job back.
_REQUEUE = _REQUEUE_FN + """
if redis.call('HGET', KEYS[3], 'state') ~= 'crawling' then redis.call('DEL', KEYS[1]) return 0 end
return requeue(KEYS[1], KEYS[2])
"""

# KEYS: job, requests, job_workers, jobs, site, items, dupefilter, holders ;
# ARGV: prefix, job id, end message, completed_at. Ends the job when nothing is left anywhere:
# seeded, frontier empty, no worker holding a lease. The end message follows every page of the
# job in the writer's list (pages are delivered before their leases end), and carries the
# job's drop counts as they stand then (added with the deliveries, so all of them).
_COMPLETE = f"""
local DROPPED = '{DROPPED_FIELD}'
""" + """
if redis.call('HGET', KEYS[1], 'state') ~= 'crawling' then return 0 end
if redis.call('HGET', KEYS[1], 'seeded') ~= '1' then return 0 end
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
local p = ARGV[1] .. ':job:' .. ARGV[2]
local workers = redis.call('SMEMBERS', KEYS[3])
for _, w in ipairs(workers) do
  if redis.call('EXISTS', p .. ':inflight:' .. w) == 1 then return 0 end
end
for _, w in ipairs(redis.call('SMEMBERS', KEYS[8])) do table.insert(workers, w) end
for _, w in ipairs(workers) do
  redis.call('SREM', ARGV[1] .. ':worker:' .. w .. ':jobs', ARGV[2])
end
redis.call('HSET', KEYS[1], 'state', 'crawled', 'completed_at', ARGV[4])
redis.call('HDEL', KEYS[1], 'spec')  -- its revisit and skip lists can be large
redis.call('SREM', KEYS[4], ARGV[2])
redis.call('SREM', ARGV[1] .. ':open', ARGV[2])
if redis.call('GET', KEYS[5]) == ARGV[2] then redis.call('DEL', KEYS[5]) end
local dropped, fields = {}, redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  local n = tonumber(fields[i + 1])
  if string.sub(fields[i], 1, #DROPPED) == DROPPED and n ~= 0 then
    dropped[string.sub(fields[i], #DROPPED + 1)] = n
  end
end
local message = cjson.decode(ARGV[3])
message['dropped'] = dropped  -- an empty table is encoded {}
redis.call('RPUSH', KEYS[6], cjson.encode(message))
redis.call('DEL', KEYS[2], KEYS[3], KEYS[7], KEYS[8])
return 1
"""


class JobActive(RuntimeError):
    """The site already has a crawl job in the cluster; a second one is refused."""

    def __init__(self, site: str, job: str):
        super().__init__(f"site {site} already has an active distributed crawl ({job})")
        self.site, self.job = site, job


def utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(url: str) -> redis.Redis:
    """A client for the cluster's Redis (bytes in, bytes out: requests are pickled)."""
    return redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10,
                                health_check_interval=30)


def wait_until_reachable(client: redis.Redis, timeout: float = 10.0) -> None:
    """Wait for Redis to answer (a service started alongside it); raises its last error."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            client.ping()
            return
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Frontier:
    """One worker's (or the submitter's) handle on the cluster state."""

    def __init__(self, client: redis.Redis, worker: str | None = None,
                 prefix: str = DEFAULT_PREFIX):
        self.redis = client
        self.worker = worker  # None: the submitter's or the writer's handle
        self.keys = Keys(prefix)
        register = client.register_script
        self._submit, self._heartbeat, self._release = (
            register(_SUBMIT), register(_HEARTBEAT), register(_RELEASE))
        self._acquire, self._lease, self._deliver = (
            register(_ACQUIRE), register(_LEASE), register(_DELIVER))
        self._schedule, self._release_slot = register(_SCHEDULE), register(_RELEASE_SLOT)
        self._requeue, self._complete = register(_REQUEUE), register(_COMPLETE)

    @property
    def me(self) -> str:
        """This worker's id, which every worker operation needs."""
        if self.worker is None:
            raise RuntimeError("a worker operation on a Frontier opened without a worker id")
        return self.worker

    # -- jobs ------------------------------------------------------------------------------

    def submit(self, site: str, spec: dict[str, Any], site_row: dict[str, Any],
               site_workers: int = 1) -> str:
        """Register a crawl job of ``site``; returns its id. Raises ``JobActive``."""
        stamp = utc_stamp()
        job = f"{site}-{stamp.replace('-', '').replace(':', '')}-{secrets.token_hex(2)}"
        fields = {"site": site, "mode": spec.get("mode", "full"), "state": "crawling",
                  "seeded": "0", "site_workers": str(site_workers), "delivered": "0",
                  "submitted_at": stamp, "spec": json.dumps(spec, ensure_ascii=False),
                  "site_row": json.dumps(site_row, ensure_ascii=False)}
        flat = [v for pair in fields.items() for v in pair]
        current = self._submit(keys=[self.keys.jobs, self.keys.site(site), self.keys.job(job),
                                     self.keys.open], args=[job, *flat])
        if current is not None:
            raise JobActive(site, current.decode())
        return job

    def active_jobs(self) -> list[str]:
        return sorted(reply_text(j) for j in self.redis.smembers(self.keys.jobs))

    def active_count(self) -> int:
        return self.redis.scard(self.keys.jobs)

    def open_jobs(self, at_most: int) -> list[str]:
        """Up to ``at_most`` jobs with a free site slot, at random (workers spread out)."""
        # with a count, SRANDMEMBER answers a list (redis-py types every form of the reply)
        picked = cast("list[bytes] | None", self.redis.srandmember(self.keys.open, at_most))
        return [reply_text(j) for j in picked or ()]

    def job_info(self, job: str, *fields: str) -> dict[str, str]:
        """The job hash (only ``fields`` if given: the plan in ``spec`` can be large)."""
        if not fields:
            return {reply_text(k): reply_text(v)
                    for k, v in self.redis.hgetall(self.keys.job(job)).items()}
        values = self.redis.hmget(self.keys.job(job), fields)
        return {f: reply_text(v) for f, v in zip(fields, values, strict=True) if v is not None}

    def job_spec(self, job: str) -> dict[str, Any]:
        raw = self.redis.hget(self.keys.job(job), "spec")
        if raw is None:
            raise KeyError(job)
        spec: dict[str, Any] = json.loads(raw)
        return spec

    def job_state(self, job: str) -> str | None:
        state = self.redis.hget(self.keys.job(job), "state")
        return reply_text(state) if state is not None else None

    def is_seeded(self, job: str) -> bool:
        return self.redis.hget(self.keys.job(job), "seeded") == b"1"

    def mark_seeded(self, job: str) -> None:
        self.redis.hset(self.keys.job(job), "seeded", "1")

    def try_complete(self, job: str) -> bool:
        """End the job if nothing is left to fetch anywhere; True if this call ended it."""
        end = encode_end(job, "finished")
        k = self.keys
        done = self._complete(
            keys=[k.job(job), k.job(job, "requests"), k.job(job, "workers"), k.jobs,
                  k.site(self.job_info(job, "site").get("site", "")), k.items,
                  k.job(job, "dupefilter"), k.job(job, "holders")],
            args=[k.prefix, job, end, utc_stamp()])
        if done:
            self.redis.expire(k.job(job), JOB_HASH_TTL)
        return bool(done)

    # -- workers ---------------------------------------------------------------------------

    def heartbeat(self) -> bool:
        """Say this worker is alive; True if it was not registered (first beat, or presumed
        dead and released meanwhile)."""
        return bool(self._heartbeat(keys=[self.keys.workers], args=[self.me]))

    def release_dead(self, dead_after: float) -> list[str]:
        """Release every worker silent for ``dead_after`` seconds; returns their ids."""
        gone = self._release(keys=[self.keys.workers],
                             args=[self.keys.prefix, int(dead_after * 1000)])
        return [w.decode() for w in gone]

    def leave(self) -> None:
        """This worker stops: its leases go back to the frontiers, its slots are freed."""
        self._release(keys=[self.keys.workers], args=[self.keys.prefix, 0, self.me])

    def live_workers(self) -> int:
        return self.redis.zcard(self.keys.workers)

    def acquire(self, job: str) -> bool:
        """Take a slot of the job's site (at most ``site_workers`` workers hold one)."""
        k = self.keys
        return bool(self._acquire(keys=[k.job(job), k.job(job, "holders"),
                                        k.worker_jobs(self.me), k.open],
                                  args=[self.me, job]))

    def release(self, job: str) -> None:
        self._release_slot(keys=[self.keys.job(job, "holders")],
                           args=[self.keys.prefix, self.me, job])

    def holds(self, job: str) -> bool:
        return bool(self.redis.sismember(self.keys.job(job, "holders"), self.me))

    # -- requests --------------------------------------------------------------------------

    def schedule(self, job: str, fingerprint: str | None, score: float, data: bytes,
                 replaces: str | None = None) -> bool:
        """Queue an encoded request unless its fingerprint was seen (``None``: never filter);
        ``replaces``: the lease of the request this one replaces (a retry, a redirect), which
        ends in the same step. True if queued."""
        k = self.keys
        return bool(self._schedule(
            keys=[k.job(job, "dupefilter"), k.job(job, "requests"), k.inflight(job, self.me)],
            args=[fingerprint or "", score, data, replaces or ""]))

    def lease(self, job: str) -> tuple[str, bytes] | None:
        """Pop the best request of the job's frontier, leased to this worker."""
        k = self.keys
        popped = self._lease(keys=[k.job(job, "requests"), k.inflight(job, self.me),
                                   k.job(job, "workers"), k.worker_jobs(self.me),
                                   k.lease_seq], args=[self.me, job])
        if popped is None:
            return None
        lease_id, data = popped
        return lease_id.decode(), data

    def ack(self, job: str, lease_id: str) -> None:
        """The leased request is replaced by another already in the frontier (a retry or a
        redirect), or ended without output."""
        self.redis.hdel(self.keys.inflight(job, self.me), lease_id)

    def deliver(self, job: str, lease_id: str | None, messages: list[bytes],
                dropped: Mapping[str, int] | None = None) -> bool:
        """Hand messages to the writer, add ``dropped`` (this worker's new drop counts, by
        reason) to the job's and end the lease, atomically. False when the lease was taken
        back meanwhile (nothing delivered or added: another worker will fetch it again)."""
        k = self.keys
        if lease_id is None:  # not from the frontier (cannot happen with LeasingScheduler)
            self.add_dropped(job, dropped or {})
            if messages:
                self.redis.rpush(k.items, *messages)
            return True
        changes = [v for reason, n in (dropped or {}).items() for v in (DROPPED_FIELD + reason, n)]
        return bool(self._deliver(keys=[k.inflight(job, self.me), k.items, k.job(job)],
                                  args=[lease_id, len(changes) // 2, *changes, *messages]))

    def add_dropped(self, job: str, dropped: Mapping[str, int]) -> None:
        """Add this worker's new drop counts to the job's (what the end message carries)."""
        if dropped:
            with self.redis.pipeline() as pipe:
                for reason, n in dropped.items():
                    pipe.hincrby(self.keys.job(job), DROPPED_FIELD + reason, n)
                pipe.execute()

    def requeue_own(self, job: str) -> int:
        """Give back this worker's leases of the job; returns how many."""
        k = self.keys
        return int(self._requeue(keys=[k.inflight(job, self.me), k.job(job, "requests"),
                                       k.job(job)]))

    def in_flight(self, job: str) -> int:
        workers = self.redis.smembers(self.keys.job(job, "workers"))
        return sum(self.redis.hlen(self.keys.inflight(job, reply_text(w))) for w in workers)

    # -- reading ---------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """What the cluster is doing: jobs, workers, the writer's backlog, Redis memory."""
        k = self.keys
        now_ms = int(self.redis.time()[0] * 1000)
        jobs = []
        for job in self.active_jobs():
            info = self.job_info(job, "site", "mode", "state", "delivered")
            jobs.append({
                "job": job, "site": info.get("site"), "mode": info.get("mode"),
                "state": info.get("state"),
                "queued": self.redis.zcard(k.job(job, "requests")),
                "seen": self.redis.scard(k.job(job, "dupefilter")),
                "in_flight": self.in_flight(job),
                "holders": sorted(reply_text(w)
                                  for w in self.redis.smembers(k.job(job, "holders"))),
                "delivered": int(info.get("delivered", 0)),
            })
        # WITHSCORES answers (member, score) pairs (redis-py types every form of the reply)
        beats = cast("list[tuple[bytes, float]]",
                     self.redis.zrange(k.workers, 0, -1, withscores=True))
        workers = [{"worker": reply_text(w), "last_seen_s": round((now_ms - score) / 1000, 1)}
                   for w, score in beats]
        memory = self.redis.info("memory")
        return {"jobs": jobs, "workers": workers, "items_waiting": self.redis.llen(k.items),
                "used_memory": memory.get("used_memory"),
                "used_memory_human": memory.get("used_memory_human")}


# -- the message format between workers and the writer ---------------------------------------

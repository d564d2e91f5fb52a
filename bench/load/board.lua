-- wrk script: GET /api/habits as the seeded user. The cookie comes from the environment:
--   HABITS_COOKIE="$(cat /tmp/habits-cookie)" wrk -t2 -c16 -d30s --latency -s bench/load/board.lua http://127.0.0.1:8080
-- At the end: the answers by status code ("status 200: 61234"; wrk itself counts only >= 400 as errors), the
-- answers other than 200, socket errors, latency percentiles and throughput.
local cookie = os.getenv("HABITS_COOKIE")
if cookie == nil or cookie == "" then
  error("set HABITS_COOKIE to habits_session=<token> (bench/load/board.sh does)")
end

wrk.method = "GET"
wrk.path = "/api/habits"
wrk.headers["Cookie"] = cookie
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  local codes = {}
  local failed = 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      if total[status] == nil then
        table.insert(codes, status)
      end
      total[status] = (total[status] or 0) + count
      if status ~= 200 then
        failed = failed + count
      end
    end
  end
  table.sort(codes)
  for _, status in ipairs(codes) do
    io.write(string.format("status %d: %d\n", status, total[status]))
  end
  io.write(string.format("non-200 answers: %d of %d\n", failed, summary.requests))
  io.write(string.format("requests %d, socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
end

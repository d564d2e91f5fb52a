-- wrk script: GET /api/habits as the seeded user (like board.lua), counting the answers by status code.
--   HABITS_COOKIE="$(cat /tmp/habits-cookie)" wrk -t2 -c16 -d40s -s bench/load/statuses.lua http://127.0.0.1:8080
-- Prints one line per status code at the end ("status 200: 61234"), then the latency percentiles.
local cookie = os.getenv("HABITS_COOKIE")
if cookie == nil or cookie == "" then
  error("set HABITS_COOKIE to habits_session=<token>")
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
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local codes = {}
  for status in pairs(total) do
    table.insert(codes, status)
  end
  table.sort(codes)
  for _, status in ipairs(codes) do
    io.write(string.format("status %d: %d\n", status, total[status]))
  end
  io.write(string.format("requests %d, socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

-- wrk script for bench/run.sh: optional random paths from a file (one per line, passed after
-- "--"), and one parseable result line at the end.
local paths = nil

function init(args)
  if args[1] ~= nil and args[1] ~= "" then
    paths = {}
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  end
end

function request()
  if paths ~= nil then
    return wrk.format(nil, paths[math.random(#paths)])
  end
  return wrk.format(nil)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d timeouts=%d bytes=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status, e.timeout, summary.bytes))
end

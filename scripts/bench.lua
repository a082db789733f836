-- wrk script of scripts/bench_report.py: counts answers that are not 2xx (across all of
-- wrk's threads) and prints one line of figures it parses. Latencies in microseconds.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

-- With a file argument (wrk ... -- FILE), each request asks for the next path of FILE, one
-- path per line, from a random line on: search with queries that were never asked before.
local paths = nil
local next_path = 0

function init(args)
    not_2xx = 0
    if args[1] then
        paths = {}
        for line in io.lines(args[1]) do
            table.insert(paths, line)
        end
        math.randomseed(math.floor(os.clock() * 1e6) + #tostring({}))
        next_path = math.random(#paths)
    end
end

function request()
    if not paths then
        return wrk.format()
    end
    next_path = next_path % #paths + 1
    return wrk.format(nil, paths[next_path])
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        not_2xx = not_2xx + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("not_2xx")
    end
    local errors = summary.errors
    io.write(string.format(
        "BENCH requests=%d seconds=%.3f p50_us=%d p95_us=%d p99_us=%d not_2xx=%d socket_errors=%d timeouts=%d bytes=%d\n",
        summary.requests, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        failed, errors.connect + errors.read + errors.write, errors.timeout, summary.bytes))
end

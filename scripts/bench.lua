-- wrk script of scripts/bench_report.py: counts answers that are not 2xx (across all of
-- wrk's threads) and prints one line of figures it parses. Latencies in microseconds.
local threads = {}

-- With a file argument (wrk ... -- FILE FIRST STEP), each request asks for a path of FILE not
-- asked before in this run: thread N takes lines FIRST + N, FIRST + N + STEP, … (STEP: wrk's
-- thread count), so search gets queries nobody asked (scripts/bench_report.py moves FIRST on).
local paths = nil
local next_path = 0
local step = 1

function setup(thread)
    table.insert(threads, thread)
    thread:set("thread_number", #threads)
end

function init(args)
    not_2xx = 0
    if args[1] then
        paths = {}
        for line in io.lines(args[1]) do
            table.insert(paths, line)
        end
        step = tonumber(args[3] or "1")
        next_path = tonumber(args[2] or "0") + thread_number - step  -- the first request adds step
    end
end

function request()
    if not paths then
        return wrk.format()
    end
    next_path = next_path + step
    return wrk.format(nil, paths[(next_path - 1) % #paths + 1])
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

/**
 * Lua run once per engine: the sandbox scripts see, the `redis` library, and the converters.
 * Replies cross between JS and Lua as flat lists of (tag, value) pairs so wasmoon's own table
 * conversion (which stumbles on nil holes and nesting) never decides what a reply means.
 * Tags: s bulk, i integer, n nil, o status, e error, a array (value = element count).
 * It returns the functions the JS side drives.
 */
export const LUA_PRELUDE = String.raw`
local exec, sha1hex = __redis_exec, __redis_sha1hex
__redis_exec, __redis_sha1hex = nil, nil
local sethook, clock = debug.sethook, os.clock

local function decode(flat, i)
  local tag, value = flat[i], flat[i + 1]
  if tag == 's' then return value, i + 2 end
  if tag == 'i' then return math.tointeger(value) or value, i + 2 end
  if tag == 'o' then return { ok = value }, i + 2 end
  if tag == 'e' then return { err = value }, i + 2 end
  if tag == 'a' then
    local list, at = {}, i + 2
    for n = 1, value do list[n], at = decode(flat, at) end
    return list, at
  end
  return false, i + 2
end

-- Redis's Lua-to-reply rules: number -> integer, true -> 1, false/nil -> nil, {err=} -> error,
-- {ok=} -> status, table -> array up to the first nil.
local function flatten(value, out)
  local kind = type(value)
  local function push(tag, v) out[#out + 1] = tag; out[#out + 1] = v end
  if kind == 'string' then push('s', value)
  elseif kind == 'number' then push('i', value)
  elseif kind == 'boolean' and value then push('i', 1)
  elseif kind == 'table' and type(value.err) == 'string' then push('e', value.err)
  elseif kind == 'table' and type(value.ok) == 'string' then push('o', value.ok)
  elseif kind == 'table' then
    local n = 0
    while value[n + 1] ~= nil do n = n + 1 end
    push('a', n)
    for k = 1, n do flatten(value[k], out) end
  else push('n', 0) end
  return out
end

local function pcall_command(...)
  return (decode(exec(...), 1))
end

redis = {
  pcall = pcall_command,
  call = function(...)
    local reply = pcall_command(...)
    if type(reply) == 'table' and reply.err then error(reply, 2) end
    return reply
  end,
  error_reply = function(message) return { err = message } end,
  status_reply = function(message) return { ok = message } end,
  sha1hex = function(text) return sha1hex(text) end,
  log = function() end,
  setresp = function() end,
  set_repl = function() end,
  replicate_commands = function() return true end,
  LOG_DEBUG = 0, LOG_VERBOSE = 1, LOG_NOTICE = 2, LOG_WARNING = 3,
  REPL_NONE = 0, REPL_AOF = 1, REPL_SLAVE = 2, REPL_REPLICA = 2, REPL_ALL = 3,
}

-- Lua 5.1 names Redis scripts still use.
unpack = table.unpack
math.pow = function(x, y) return x ^ y end
-- Redis's sandbox: no files, processes or modules.
io, debug, package, require, dofile, loadfile = nil, nil, nil, nil, nil, nil
os = { clock = os.clock }

-- Scripts read globals but may not create them, with Redis 7's wording.
local sandbox = {
  __index = function(_, name)
    local value = _G[name]
    if value == nil then error("Script attempted to access nonexistent global variable '" .. tostring(name) .. "'", 2) end
    return value
  end,
  __newindex = function() error('Attempt to modify a readonly table', 2) end,
}

local scripts = {}

local function compile(sha, body)
  if scripts[sha] then return '' end
  local env = setmetatable({}, sandbox)
  local fn, message = load(body, '@user_script', 't', env)
  if not fn then return message end
  scripts[sha] = { fn = fn, env = env }
  return ''
end

local function run(sha, keys, argv, limit)
  local script = scripts[sha]
  if not script then return { 'e', 'NOSCRIPT No matching script. Please use EVAL.' } end
  rawset(script.env, 'KEYS', keys)
  rawset(script.env, 'ARGV', argv)
  -- A runaway script would block the whole process: stop it after 'limit' seconds of CPU.
  local deadline = clock() + limit
  sethook(function() if clock() > deadline then error({ err = 'BUSY script ran longer than ' .. limit .. ' s and was stopped' }) end end, '', 10000)
  local ok, result = pcall(script.fn)
  sethook()
  if ok then return flatten(result, {}) end
  if type(result) == 'table' and type(result.err) == 'string' then return { 'e', result.err } end
  return { 'e', 'ERR ' .. tostring(result) }
end

return {
  compile = compile,
  run = run,
  exists = function(sha) return scripts[sha] ~= nil end,
}
`;

-- Neovim's own LSP client (0.7 API: vim.lsp.start_client, buf_attach_client) talking to
-- `ssotlint server`: opens a file with a violation, prints the diagnostics it received,
-- applies the server's quick fix and prints the buffer and the diagnostics after it.
-- Run by test_neovim.sh: SSOTLINT=binary PROJECT=dir OUT=file nvim --headless -u NONE -c 'luafile ...'
local binary, root, out_path = os.getenv("SSOTLINT"), os.getenv("PROJECT"), os.getenv("OUT")
local out = assert(io.open(out_path, "w"))
local function say(line) out:write(line, "\n") out:flush() end
local function finish(code) out:close() vim.cmd("qa!") os.exit(code) end

local client_id = vim.lsp.start_client({ name = "ssotlint", cmd = { binary, "server" }, root_dir = root })
if not client_id then say("could not start the server") finish(1) end

vim.cmd("edit " .. root .. "/app/old.py")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
end
local function print_diagnostics(heading)
  say(heading)
  local list = vim.diagnostic.get(buf)
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(list) do
    say(string.format("  %d:%d %s %s: %s", d.lnum + 1, d.col + 1, code_of(d), d.source or "", d.message))
  end
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  say("no diagnostics arrived") finish(1)
end
print_diagnostics("diagnostics:")

local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 0, character = 0 }, ["end"] = { line = 0, character = 0 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 0) },
}
local response = client.request_sync("textDocument/codeAction", params, 10000, buf)
if not response or response.err then say("codeAction failed: " .. vim.inspect(response)) finish(1) end
local applied = false
for _, action in ipairs(response.result or {}) do
  say("action: " .. action.title .. " (" .. action.kind .. ")")
  if not applied and action.kind == "quickfix" and action.title:match("^Fix ") then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
    applied = true
  end
end
if not applied then say("no quick fix offered") finish(1) end

say("buffer:")
for _, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do say("  " .. line) end

-- The edit reaches the server as didChange; the deprecated import's diagnostic goes away.
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
  print_diagnostics("diagnostics still there after the fix:") finish(1)
end
print_diagnostics("diagnostics after the fix:")
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
finish(0)

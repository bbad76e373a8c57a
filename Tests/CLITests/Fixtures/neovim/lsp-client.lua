-- Drives `corpuslint server` with Neovim's own LSP client (headless), as an editor user would:
-- open a document, wait for its diagnostics, edit it, wait again, hover, take a disable action and
-- then a fix from the code action menu, and write down everything Neovim received and did, as
-- JSON, for the Swift test to judge.
--
--   CORPUSLINT=<binary> DOCUMENT=<file.md> RESULTS=<out.json> nvim --headless --clean -n -u NONE -c 'luafile lsp-client.lua'
--
-- Written for Neovim 0.7 (Debian bookworm's) and later: vim.lsp.start_client, vim.ui.select.

local binary, document, results = os.getenv('CORPUSLINT'), os.getenv('DOCUMENT'), os.getenv('RESULTS')
local out = { steps = {} }
local timeout = 20000

local function step(name) table.insert(out.steps, name) end

local function write_results()
  local file = assert(io.open(results, 'w'))
  file:write(vim.fn.json_encode(out))
  file:close()
end

-- Every publishDiagnostics, with the buffer version it was for.
local publishes = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local function on_publish(err, result, ctx, config)
  table.insert(publishes, { version = result.version, count = #result.diagnostics })
  return default_publish(err, result, ctx, config)
end

-- Neovim's view of the buffer's diagnostics: byte columns, converted by Neovim from the
-- server's UTF-16 positions.
local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                         code = d.code, source = d.source, severity = d.severity, message = d.message })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return a.code < b.code
  end)
  return list
end

-- The version the client gave the buffer's text: its own table up to 0.10, the change tick after.
local function buffer_version(bufnr)
  local versions = vim.lsp.util.buf_versions
  return versions and versions[bufnr] or vim.api.nvim_buf_get_changedtick(bufnr)
end

-- Waits for diagnostics of the buffer's current version.
local function await_diagnostics(bufnr, what)
  local ok = vim.wait(timeout, function()
    local last = publishes[#publishes]
    return last ~= nil and last.version == buffer_version(bufnr)
  end, 20)
  if not ok then error('no diagnostics ' .. what .. ' within ' .. timeout .. ' ms') end
  return diagnostics(bufnr)
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(document))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'corpuslint',
    cmd = { binary, 'server', '--debounce', '200' },
    root_dir = vim.fn.fnamemodify(document, ':h'),
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    flags = { debounce_text_changes = 0 },
    on_exit = function(code) out.server_exit = code end,
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  step('open')
  out.opened = await_diagnostics(bufnr, 'after opening')
  -- From here on the file is gone from disk: whatever comes next is linted from the buffer.
  os.remove(document)

  step('change')
  -- An edit inside a line with astral characters before it: the client sends its range in
  -- UTF-16 code units, which the server must turn back into the right bytes.
  local target = os.getenv('CHANGE_LINE') + 0
  local line = vim.api.nvim_buf_get_lines(bufnr, target, target + 1, false)[1]
  local from, to = line:find(os.getenv('CHANGE_FROM'), 1, true)
  vim.api.nvim_buf_set_text(bufnr, target, from - 1, target, to, { os.getenv('CHANGE_TO') })
  -- And a whole line replaced: the impossible date made possible.
  local date_line = os.getenv('DATE_LINE') + 0
  vim.api.nvim_buf_set_lines(bufnr, date_line, date_line + 1, false, { os.getenv('DATE_TEXT') })
  out.changed = await_diagnostics(bufnr, 'after the change')
  out.text_after_change = buffer_text(bufnr)

  step('hover')
  local hover_line = os.getenv('ACTION_LINE') + 0
  local hovered
  for _, d in ipairs(out.changed) do
    if d.lnum == hover_line then hovered = d end
  end
  assert(hovered, 'no diagnostic on line ' .. hover_line .. ' to hover on')
  vim.api.nvim_win_set_cursor(0, { hover_line + 1, hovered.col })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(0, 'utf-16'), timeout)
  for _, response in pairs(hover or {}) do
    if response.result then out.hover = response.result.contents.value end
  end

  -- The code action menu, answered as a user picking the action whose title holds `wanted`.
  local function take_action(line, wanted, record)
    local diagnostic
    for _, d in ipairs(diagnostics(bufnr)) do
      if d.lnum == line then diagnostic = d end
    end
    assert(diagnostic, 'no diagnostic on line ' .. line .. ' for a code action')
    vim.api.nvim_win_set_cursor(0, { line + 1, diagnostic.col })
    vim.ui.select = function(items, _, on_choice)
      record.titles = {}
      local chosen
      for _, item in ipairs(items) do
        -- An item is { client_id, action } up to Neovim 0.9, { action = …, ctx = … } after.
        local action = item.action or item[2]
        table.insert(record.titles, action.title)
        if action.title:find(wanted, 1, true) then chosen = item; record.chosen = action.title; record.preferred = action.isPreferred or false end
      end
      record.preferred = record.preferred or false
      on_choice(chosen)
    end
    local tick = vim.api.nvim_buf_get_changedtick(bufnr)
    vim.lsp.buf.code_action()
    if not vim.wait(timeout, function() return vim.api.nvim_buf_get_changedtick(bufnr) > tick end, 20) then
      error('the code action `' .. wanted .. '` changed nothing within ' .. timeout .. ' ms')
    end
    record.diagnostics = await_diagnostics(bufnr, 'after the code action `' .. wanted .. '`')
    record.text = buffer_text(bufnr)
  end

  step('code action')
  out.disable = {}
  take_action(hover_line, 'corpuslint-disable-next-line', out.disable)
  out.inserted_line = vim.api.nvim_buf_get_lines(bufnr, hover_line, hover_line + 1, false)[1]

  step('fix action')
  out.fix = {}
  take_action(os.getenv('FIX_LINE') + 0, os.getenv('FIX_TITLE'), out.fix)

  step('shutdown')
  vim.lsp.stop_client(client_id)
  vim.wait(timeout, function() return out.server_exit ~= nil end, 20)
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
write_results()
vim.cmd('qa!')

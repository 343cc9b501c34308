'use strict';
// util.parseArgs as Node 20 has it (llrt:util-parse-args): the arguments become tokens first (short groups
// expanded, values taken greedily: an option of type string takes the next argument even when it starts with a
// dash), then strict mode checks the tokens and the values are stored. Runs unlowered on Rhino: no spread in calls.
const { coded, describe } = require('llrt:errors');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const getOwn = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const optionGetOwn = (options, name, key) => (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

function typeError(what, expected, value) {
  return coded(TypeError, 'ERR_INVALID_ARG_TYPE', `The ${what} must be ${expected}. Received ${describe(value)}`);
}
function checkObject(value, what) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(what, 'of type object', value);
}
function checkBoolean(value, what) {
  if (typeof value !== 'boolean') throw typeError(what, 'of type boolean', value);
}
function checkString(value, what) {
  if (typeof value !== 'string') throw typeError(what, 'of type string', value);
}
function checkArrayOf(check) {
  return (value, what) => {
    if (!Array.isArray(value)) throw typeError(what, 'an instance of Array', value);
    value.forEach((v, i) => check(v, `"${what.slice(1, what.indexOf('"', 1))}[${i}]" property`));
  };
}

function checkOptions(options) {
  Object.keys(options).forEach((name) => {
    let config = options[name];
    checkObject(config, `"options.${name}" property`);
    let type = getOwn(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw typeError(`"options.${name}.type" property`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      checkString(config.short, `"options.${name}.short" property`);
      if (config.short.length !== 1) {
        throw coded(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The property 'options.${name}.short' must be a single character. Received '${config.short}'`);
      }
    }
    let multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) checkBoolean(multiple, `"options.${name}.multiple" property`);
    let dflt = getOwn(config, 'default');
    if (dflt !== undefined) {
      let check = type === 'string' ? checkString : checkBoolean;
      (multiple ? checkArrayOf(check) : check)(dflt, `"options.${name}.default" property`);
    }
  });
}

function longForShort(short, options) {
  let found = Object.keys(options).find((name) => getOwn(options[name], 'short') === short);
  return found === undefined ? short : found;
}
const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
// -abc where -a is not a string option: a group of short options; -fVALUE where -f is one: an option and its value
const isShortGroup = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  optionGetOwn(options, longForShort(arg[1], options), 'type') !== 'string';
const isShortAndValue = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  optionGetOwn(options, longForShort(arg[1], options), 'type') === 'string';
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  let tokens = [];
  let index = -1;
  let groupCount = 0;
  let remaining = args.slice();
  while (remaining.length > 0) {
    let arg = remaining.shift();
    let next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: index });
      remaining.forEach((value) => tokens.push({ kind: 'positional', index: ++index, value: value }));
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      let name = isLoneShort(arg) ? longForShort(arg[1], options) : arg.slice(2);
      let token = { kind: 'option', name: name, rawName: arg, index: index, value: undefined, inlineValue: undefined };
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        token.value = remaining.shift();
        token.inlineValue = false;
      }
      tokens.push(token);
      if (token.value != null) ++index;
      continue;
    }
    if (isShortGroup(arg, options)) {
      let expanded = [];
      for (let i = 1; i < arg.length; i++) {
        let short = arg[i];
        if (optionGetOwn(options, longForShort(short, options), 'type') !== 'string' || i === arg.length - 1) {
          expanded.push('-' + short);
        } else {
          expanded.push('-' + arg.slice(i));
          break;
        }
      }
      Array.prototype.unshift.apply(remaining, expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortAndValue(arg, options)) {
      tokens.push({ kind: 'option', name: longForShort(arg[1], options), rawName: '-' + arg[1], index: index,
        value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongAndValue(arg)) {
      let eq = arg.indexOf('=');
      let name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name: name, rawName: '--' + name, index: index, value: arg.slice(eq + 1),
        inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index: index, value: arg });
  }
  return tokens;
}

function parseError(code, message) {
  return coded(TypeError, code, message);
}
function unknownOption(rawName, allowPositionals) {
  let hint = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the ` +
    `command after '--', as in '-- ${JSON.stringify(rawName)}` : '';
  return parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${rawName}'${hint}`);
}

function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    let negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || optionGetOwn(config.options, negated, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  let short = optionGetOwn(config.options, name, 'short');
  let shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  let type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  let example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    // --no-foo: foo is false, and the token says so too, as Node's does
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  let stored = value === undefined ? true : value;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

// What Node takes when no args are given: the script's arguments (after node and the script, or after node for -e)
function mainArgs() {
  let proc = globalThis.process;
  if (!proc || !Array.isArray(proc.argv)) return [];
  let evalFlags = ['-e', '--eval', '-p', '--print'];
  let isEval = Array.isArray(proc.execArgv) && proc.execArgv.some((a) => evalFlags.indexOf(a) >= 0);
  return proc.argv.slice(isEval ? 1 : 2);
}

function parseArgs(config) {
  // Node 20 does not check config itself: a primitive has no own keys and gives the defaults
  if (config === undefined) config = {};
  let args = getOwn(config, 'args');
  if (args === undefined) args = mainArgs();
  else if (!Array.isArray(args)) throw typeError('"args" argument', 'an instance of Array', args);
  let strict = getOwn(config, 'strict');
  if (strict === undefined) strict = true;
  checkBoolean(strict, '"strict" argument');
  let allowPositionals = getOwn(config, 'allowPositionals');
  if (allowPositionals === undefined) allowPositionals = !strict;
  checkBoolean(allowPositionals, '"allowPositionals" argument');
  let returnTokens = getOwn(config, 'tokens');
  if (returnTokens === undefined) returnTokens = false;
  checkBoolean(returnTokens, '"tokens" argument');
  let allowNegative = getOwn(config, 'allowNegative');
  if (allowNegative === undefined) allowNegative = false;
  checkBoolean(allowNegative, '"allowNegative" argument');
  let options = getOwn(config, 'options');
  if (options === undefined) options = {};
  checkObject(options, '"options" argument');
  checkOptions(options);

  let tokens = tokenize(args, options).map((t) => {
    // an option token without a value has no value/inlineValue keys at all, as in Node
    if (t.kind === 'option' && t.value === undefined) {
      delete t.value;
      delete t.inlineValue;
    }
    return t;
  });
  let result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  let usage = { options: options, allowPositionals: allowPositionals, allowNegative: allowNegative };
  tokens.forEach((token) => {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(usage, token);
        checkOptionLikeValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  });
  Object.keys(options).forEach((name) => {
    let dflt = getOwn(options[name], 'default');
    if (dflt !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = dflt;
  });
  return result;
}

module.exports = { parseArgs };

/**
 * The functions operator SQL may call: a curated allow-list of scalar, aggregate and window
 * functions and operators. Anything not listed (file readers, `query`, settings and catalog
 * functions, macros, extensions' functions) is refused by the statement guard.
 */
const operators = ['+', '-', '*', '/', '//', '%', '**', '^', '||', '~~', '!~~', '~~*', '!~~*', '~~~', '!~~~', '&', '|', '<<', '>>', '~', '@', '[]', 'array_extract', 'list_extract', 'struct_extract'];

const scalar = [
  // numbers
  'abs', 'ceil', 'ceiling', 'floor', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'pow', 'power', 'exp', 'ln', 'log', 'log2', 'log10', 'mod', 'greatest', 'least',
  'isnan', 'isinf', 'isfinite', 'pi', 'radians', 'degrees', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'factorial', 'gcd', 'lcm', 'even', 'round_even',
  // text
  'lower', 'upper', 'lcase', 'ucase', 'length', 'char_length', 'character_length', 'strlen', 'concat', 'concat_ws', 'substr', 'substring', 'left', 'right',
  'trim', 'ltrim', 'rtrim', 'lpad', 'rpad', 'replace', 'reverse', 'repeat', 'strpos', 'instr', 'position', 'contains', 'starts_with', 'ends_with', 'prefix', 'suffix',
  'split_part', 'string_split', 'regexp_matches', 'regexp_replace', 'regexp_extract', 'regexp_full_match', 'like_escape', 'ilike_escape', 'format', 'printf', 'ascii', 'chr',
  'nullif', 'ifnull', 'coalesce', 'if', 'hash', 'md5', 'sha256', 'typeof', 'to_json',
  // dates and times
  'date_part', 'datepart', 'date_trunc', 'datetrunc', 'date_diff', 'datediff', 'date_sub', 'datesub', 'date_add', 'year', 'month', 'day', 'quarter', 'week',
  'weekday', 'dayofweek', 'dayofmonth', 'dayofyear', 'isodow', 'isoyear', 'hour', 'minute', 'second', 'extract', 'strftime', 'strptime', 'make_date', 'make_timestamp',
  'last_day', 'monthname', 'dayname', 'age', 'epoch', 'to_days', 'to_months', 'to_years', 'time_bucket',
  // lists and structs built from query values
  'list_value', 'list_pack', 'struct_pack', 'row', 'len', 'array_length', 'list_contains', 'list_has', 'unnest',
];

const aggregate = [
  'count', 'count_star', 'sum', 'avg', 'mean', 'min', 'max', 'median', 'mode', 'quantile', 'quantile_cont', 'quantile_disc', 'percentile_cont', 'percentile_disc',
  'stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp', 'corr', 'covar_pop', 'covar_samp', 'regr_slope', 'regr_intercept', 'regr_r2',
  'approx_count_distinct', 'approx_quantile', 'any_value', 'first', 'last', 'arg_min', 'arg_max', 'argmin', 'argmax', 'min_by', 'max_by', 'bool_and', 'bool_or',
  'string_agg', 'group_concat', 'list', 'array_agg', 'histogram', 'entropy', 'kurtosis', 'skewness', 'product', 'fsum', 'sumkahan', 'bit_and', 'bit_or', 'grouping',
];

const window = ['row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead', 'first_value', 'last_value', 'nth_value'];

export const allowedFunctions: ReadonlySet<string> = new Set([...operators, ...scalar, ...aggregate, ...window]);

/** Aggregate functions: a query whose outputs all go through one of these aggregates. */
export const aggregateFunctions: ReadonlySet<string> = new Set(aggregate);

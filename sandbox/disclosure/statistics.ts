/**
 * Which aggregate functions may answer on `live`. Safe statistics summarise many contributors;
 * unsafe ones return (or encode) one contributor's value and need the review's explicit grant,
 * after which their cells face the magnitude checks like sums. Anchors: the SACRO/ACRO output
 * checker (max/min are "unsafe" statistics), Snowflake aggregation policies, AWS Clean Rooms.
 */
export const SAFE_AGGREGATES: ReadonlySet<string> = new Set([
  'count', 'count_star', 'approx_count_distinct', 'sum', 'fsum', 'sumkahan', 'kahan_sum', 'avg', 'mean',
  'stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp', 'corr', 'covar_pop', 'covar_samp',
  'regr_slope', 'regr_intercept', 'regr_r2', 'regr_count', 'regr_avgx', 'regr_avgy', 'regr_sxx', 'regr_syy', 'regr_sxy',
  'median', 'quantile', 'quantile_cont', 'quantile_disc', 'approx_quantile', 'percentile_cont', 'percentile_disc', 'kurtosis', 'skewness', 'grouping',
]);

export const UNSAFE_AGGREGATES: ReadonlySet<string> = new Set([
  'min', 'max', 'arg_min', 'arg_max', 'argmin', 'argmax', 'min_by', 'max_by', 'first', 'last', 'any_value', 'mode',
  'bool_and', 'bool_or', 'bit_and', 'bit_or', 'bit_xor', 'product', 'entropy',
]);

/** Aggregates that return many contributors' values in one cell: record-level, whatever type they are cast to. */
export const COLLECTING: ReadonlySet<string> = new Set(['list', 'array_agg', 'string_agg', 'group_concat', 'histogram']);

/** Quantiles: the fraction must be one constant from 0.1 to 0.9, so that the cell is never the largest or smallest value. */
export const QUANTILES: ReadonlySet<string> = new Set(['quantile', 'quantile_cont', 'quantile_disc', 'approx_quantile', 'percentile_cont', 'percentile_disc']);

/** Spread statistics: their magnitude checks weigh each contributor's square (one outlier dominates a variance). */
export const SPREAD: ReadonlySet<string> = new Set([
  'stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp', 'kurtosis', 'skewness',
  'corr', 'covar_pop', 'covar_samp', 'regr_slope', 'regr_intercept', 'regr_r2', 'regr_sxx', 'regr_syy', 'regr_sxy',
]);

/** Cells whose value is a magnitude summed over contributors: n-k dominance and p-ratio apply. */
export const SUM_LIKE: ReadonlySet<string> = new Set(['sum', 'fsum', 'sumkahan', 'kahan_sum', 'avg', 'mean']);

/** Aggregates that return the value of the row where another argument (the second) is largest or smallest. */
export const ARG_SELECTING: ReadonlySet<string> = new Set(['arg_min', 'arg_max', 'argmin', 'argmax', 'min_by', 'max_by']);

/** Functions that turn one value into many rows or many values into records. */
export const SET_RETURNING: ReadonlySet<string> = new Set(['unnest', 'generate_subscripts', 'range', 'generate_series', 'unlist']);

/** Counting functions: a sensitive column may be counted, never shown. */
export const COUNTING: ReadonlySet<string> = new Set(['count', 'count_star', 'approx_count_distinct']);

/** Output types that carry many values in one cell (a record in disguise). */
export const NESTED_TYPE = /^(STRUCT|MAP|UNION)\(|\[\d*\]$/;

/** The platform's own column prefix: never allowed in an operator's query. */
export const RESERVED_PREFIX = '__shuyu';

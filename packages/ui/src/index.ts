export { formatMoney, formatPriceRange, type MoneyValue } from './format-money.js';

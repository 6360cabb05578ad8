import type { ImageArt } from './demo-types.js';

// The words the demo catalog is built from. Nouns repeat the product type on purpose
// ("sneakers", "hoodie", "backpack"), so typo-tolerant search has plenty to find.

export const SHOP = {
  name: 'Northwind Supply',
  description: 'Everyday apparel, footwear and accessories, built to last and priced fairly.',
};

export type Department = 'Footwear' | 'Apparel' | 'Accessories';
/** `shoe` is EU 38–45, `apparel` XS–XXL, `fit` a cap's two fits; `none` means colour only. */
export type SizeScale = 'shoe' | 'apparel' | 'fit' | 'none';

export interface ProductTypeSpec {
  name: string;
  code: string;
  department: Department;
  /** Share of the catalog, relative to the other types. */
  weight: number;
  nouns: string[];
  materials: string[];
  sizes: SizeScale;
  /** Whole dollars. */
  price: [number, number];
  /** How many colours a product comes in. */
  colors: [number, number];
  shape: ImageArt['shape'];
  square: boolean;
  feature: string;
}

const t = (spec: ProductTypeSpec) => spec;

export const PRODUCT_TYPES: ProductTypeSpec[] = [
  t({ name: 'Sneakers', code: 'SNK', department: 'Footwear', weight: 13, nouns: ['Sneakers', 'Low-Top Sneakers', 'High-Top Sneakers', 'Running Sneakers', 'Slip-On Sneakers'], materials: ['Canvas', 'Leather', 'Suede', 'Knit', 'Mesh', 'Recycled'], sizes: 'shoe', price: [59, 160], colors: [1, 3], shape: 'circle', square: false, feature: 'A cushioned footbed and grippy rubber outsole keep them comfortable from morning to night.' }),
  t({ name: 'Boots', code: 'BOT', department: 'Footwear', weight: 6, nouns: ['Boots', 'Chelsea Boots', 'Hiking Boots', 'Work Boots', 'Chukka Boots'], materials: ['Leather', 'Suede', 'Waxed', 'Nubuck'], sizes: 'shoe', price: [110, 280], colors: [1, 2], shape: 'square', square: false, feature: 'Goodyear-welted construction means they can be resoled for years of wear.' }),
  t({ name: 'Sandals', code: 'SDL', department: 'Footwear', weight: 3, nouns: ['Sandals', 'Slides', 'Sport Sandals'], materials: ['Leather', 'Cork', 'Recycled', 'Rubber'], sizes: 'shoe', price: [35, 95], colors: [1, 3], shape: 'triangle', square: false, feature: 'A contoured footbed gives all-day support on hot pavement or sand.' }),
  t({ name: 'T-Shirts', code: 'TEE', department: 'Apparel', weight: 11, nouns: ['T-Shirt', 'Crew Tee', 'Pocket Tee', 'Graphic T-Shirt', 'V-Neck T-Shirt'], materials: ['Cotton', 'Organic Cotton', 'Linen', 'Slub', 'Pima Cotton'], sizes: 'apparel', price: [18, 48], colors: [1, 4], shape: 'square', square: false, feature: 'Pre-shrunk and garment-dyed, so it keeps its shape wash after wash.' }),
  t({ name: 'Hoodies', code: 'HOO', department: 'Apparel', weight: 10, nouns: ['Hoodie', 'Pullover Hoodie', 'Zip Hoodie', 'Oversized Hoodie'], materials: ['Fleece', 'French Terry', 'Organic Cotton', 'Brushed', 'Recycled'], sizes: 'apparel', price: [45, 110], colors: [1, 3], shape: 'circle', square: false, feature: 'A lined hood, ribbed cuffs and a roomy kangaroo pocket.' }),
  t({ name: 'Sweaters', code: 'SWT', department: 'Apparel', weight: 5, nouns: ['Sweater', 'Crewneck Sweater', 'Cardigan', 'Quarter-Zip Sweater'], materials: ['Merino', 'Wool', 'Cashmere', 'Cotton', 'Alpaca'], sizes: 'apparel', price: [60, 180], colors: [1, 3], shape: 'stripes', square: false, feature: 'Knitted to a mid weight that layers under a jacket without bulk.' }),
  t({ name: 'Jackets', code: 'JKT', department: 'Apparel', weight: 8, nouns: ['Jacket', 'Rain Jacket', 'Puffer Jacket', 'Bomber Jacket', 'Denim Jacket', 'Shell Jacket'], materials: ['Nylon', 'Waxed Cotton', 'Down', 'Softshell', 'Recycled', 'Denim'], sizes: 'apparel', price: [89, 320], colors: [1, 3], shape: 'triangle', square: false, feature: 'Taped seams and an adjustable hood keep the weather out.' }),
  t({ name: 'Jeans', code: 'JNS', department: 'Apparel', weight: 6, nouns: ['Jeans', 'Slim Jeans', 'Straight Jeans', 'Relaxed Jeans', 'Tapered Jeans'], materials: ['Selvedge', 'Stretch', 'Raw Denim', 'Organic Cotton'], sizes: 'apparel', price: [69, 190], colors: [1, 2], shape: 'stripes', square: false, feature: 'Cut with a mid rise and a little stretch for movement.' }),
  t({ name: 'Shorts', code: 'SHO', department: 'Apparel', weight: 4, nouns: ['Shorts', 'Chino Shorts', 'Running Shorts', 'Board Shorts'], materials: ['Cotton', 'Nylon', 'Linen', 'Ripstop'], sizes: 'apparel', price: [28, 75], colors: [1, 3], shape: 'square', square: false, feature: 'An elastic waist with a drawcord and deep side pockets.' }),
  t({ name: 'Backpacks', code: 'BPK', department: 'Accessories', weight: 8, nouns: ['Backpack', 'Daypack', 'Rolltop Backpack', 'Laptop Backpack', 'Travel Backpack'], materials: ['Canvas', 'Nylon', 'Ripstop', 'Waxed Canvas', 'Recycled'], sizes: 'none', price: [49, 220], colors: [1, 4], shape: 'square', square: true, feature: 'A padded laptop sleeve, water bottle pockets and a comfortable harness.' }),
  t({ name: 'Caps', code: 'CAP', department: 'Accessories', weight: 5, nouns: ['Cap', 'Baseball Cap', 'Trucker Cap', 'Five-Panel Cap', 'Dad Cap'], materials: ['Cotton', 'Corduroy', 'Wool', 'Nylon', 'Canvas'], sizes: 'fit', price: [22, 48], colors: [2, 5], shape: 'circle', square: true, feature: 'A curved brim and an adjustable strap for an easy fit.' }),
  t({ name: 'Beanies', code: 'BNE', department: 'Accessories', weight: 3, nouns: ['Beanie', 'Cuffed Beanie', 'Fisherman Beanie'], materials: ['Merino', 'Wool', 'Cashmere', 'Recycled'], sizes: 'none', price: [18, 60], colors: [2, 5], shape: 'stripes', square: true, feature: 'A rib knit that stretches to fit and stays put in the wind.' }),
  t({ name: 'Socks', code: 'SOX', department: 'Apparel', weight: 7, nouns: ['Crew Socks', 'Ankle Socks', 'Hiking Socks', 'Running Socks', 'Dress Socks'], materials: ['Merino', 'Cotton', 'Bamboo', 'Wool', 'Recycled'], sizes: 'apparel', price: [9, 28], colors: [1, 3], shape: 'stripes', square: true, feature: 'A reinforced heel and toe and a cushioned sole.' }),
  t({ name: 'Sunglasses', code: 'SUN', department: 'Accessories', weight: 4, nouns: ['Sunglasses', 'Aviator Sunglasses', 'Round Sunglasses', 'Wayfarer Sunglasses', 'Sport Sunglasses'], materials: ['Acetate', 'Titanium', 'Polarized', 'Bio-Based'], sizes: 'none', price: [39, 210], colors: [1, 4], shape: 'circle', square: true, feature: 'Polarized lenses with full UV400 protection.' }),
  t({ name: 'Watches', code: 'WCH', department: 'Accessories', weight: 3, nouns: ['Watch', 'Field Watch', 'Dive Watch', 'Chronograph Watch', 'Dress Watch'], materials: ['Steel', 'Titanium', 'Leather Strap', 'Automatic', 'Solar'], sizes: 'none', price: [95, 450], colors: [1, 3], shape: 'circle', square: true, feature: 'Sapphire crystal and 100 m water resistance.' }),
  t({ name: 'Belts', code: 'BLT', department: 'Accessories', weight: 2, nouns: ['Belt', 'Dress Belt', 'Web Belt', 'Braided Belt'], materials: ['Leather', 'Canvas', 'Suede', 'Elastic'], sizes: 'apparel', price: [25, 85], colors: [1, 3], shape: 'stripes', square: true, feature: 'Solid brass hardware that will not tarnish.' }),
  t({ name: 'Wallets', code: 'WLT', department: 'Accessories', weight: 2, nouns: ['Wallet', 'Card Wallet', 'Bifold Wallet', 'Zip Wallet'], materials: ['Leather', 'Canvas', 'Recycled', 'Cork'], sizes: 'none', price: [25, 95], colors: [1, 4], shape: 'square', square: true, feature: 'Slim enough for a front pocket, with room for eight cards.' }),
];

export const SIZE_VALUES: Record<Exclude<SizeScale, 'none'>, string[]> = {
  shoe: ['38', '39', '40', '41', '42', '43', '44', '45'],
  apparel: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
  fit: ['S/M', 'L/XL'],
};

export interface ColorSpec {
  name: string;
  code: string;
  hex: string;
  /** A backdrop that flatters the colour in generated images. */
  backdrop: string;
}

export const COLORS: ColorSpec[] = [
  { name: 'Black', code: 'BLK', hex: '#1f2024', backdrop: '#e9e4dc' },
  { name: 'White', code: 'WHT', hex: '#f7f6f2', backdrop: '#9fb3c8' },
  { name: 'Grey', code: 'GRY', hex: '#8a9097', backdrop: '#eef0f2' },
  { name: 'Navy', code: 'NVY', hex: '#1f2f4d', backdrop: '#dfe7f1' },
  { name: 'Blue', code: 'BLU', hex: '#2f6fb3', backdrop: '#e3eef9' },
  { name: 'Red', code: 'RED', hex: '#c2372b', backdrop: '#fbe9e4' },
  { name: 'Green', code: 'GRN', hex: '#2e7d4f', backdrop: '#e2f2e8' },
  { name: 'Olive', code: 'OLV', hex: '#6b6b3a', backdrop: '#f0efdf' },
  { name: 'Beige', code: 'BGE', hex: '#cdb48c', backdrop: '#5b4a36' },
  { name: 'Brown', code: 'BRN', hex: '#7a4e2d', backdrop: '#f3e9df' },
  { name: 'Pink', code: 'PNK', hex: '#e48aa8', backdrop: '#fcebf1' },
  { name: 'Yellow', code: 'YLW', hex: '#e9b824', backdrop: '#2f3a4a' },
];

export const VENDORS = [
  'Alder & Ash', 'Basecamp Goods', 'Cobalt Athletics', 'Drift Outfitters', 'Ember Knitworks',
  'Fjordline', 'Granite Peak', 'Harbor Denim Co.', 'Ironbark', 'Juniper Lane', 'Kestrel Eyewear',
  'Larkspur', 'Meridian Watch Co.', 'Nomad Trail', 'Oakhaven', 'Pioneer Leather', 'Quarry Street',
  'Redwood Roots', 'Summit Sockworks', 'Tidewater', 'Urban Stride', 'Vale & Vine', 'Wildflower Apparel',
  'Yardline', 'Zephyr Running',
];

/** Model names make titles varied enough that most handles need no numeric suffix. */
export const MODEL_NAMES = [
  'Trailhead', 'Metro', 'Coastline', 'Ridge', 'Harbor', 'Summit', 'Canyon', 'Meadow', 'Atlas',
  'Bolt', 'Cascade', 'Drifter', 'Everyday', 'Fieldhouse', 'Glacier', 'Horizon', 'Island', 'Juno',
  'Keystone', 'Lakeside', 'Monarch', 'Nova', 'Outpost', 'Pacific', 'Quest', 'Rover', 'Sierra',
  'Tundra', 'Uptown', 'Voyager', 'Westend', 'Yukon', 'Zenith', 'Alpine', 'Boulder', 'Cove',
];

export const ADJECTIVES = [
  'Classic', 'Essential', 'Lightweight', 'Heritage', 'Everyday', 'Vintage', 'Premium', 'Relaxed',
  'Slim', 'Rugged', 'Minimal', 'Performance', 'Weekend', 'Utility', 'Modern', 'Soft',
];

export const TAGS = [
  'organic', 'waterproof', 'recycled', 'vegan', 'breathable', 'lightweight', 'unisex', 'mens',
  'womens', 'summer', 'winter', 'outdoor', 'running', 'casual', 'classic', 'premium', 'eco-friendly',
  'handmade', 'gift', 'travel', 'everyday', 'stretch', 'insulated', 'limited-edition', 'made-in-usa',
  'quick-dry', 'packable', 'reflective',
];

export const LOCATIONS = [
  { id: 1, name: 'Main warehouse' },
  { id: 2, name: 'Retail store' },
];

import { describe, expect, it } from 'vitest';
import { knownVariantParams, normaliseVariantParams, paramsForVariant, selectVariant } from './variant-params';

const variant = (id: string, color: string, size: string, availableForSale = true) => ({
  id,
  availableForSale,
  selectedOptions: [
    { name: 'Color', value: color },
    { name: 'Size', value: size },
  ],
});
const variants = [
  variant('1', 'Navy', 'S', false),
  variant('2', 'Navy', 'M'),
  variant('3', 'Red', 'S'),
  variant('4', 'Red', 'M', false),
];

describe('selectVariant', () => {
  it('picks the variant the URL names, ignoring case', () => {
    expect(selectVariant(variants, new URLSearchParams('color=red&size=m'))?.id).toBe('4');
  });

  it('fills missing options with a variant that can be bought', () => {
    expect(selectVariant(variants, new URLSearchParams('color=navy'))?.id).toBe('2');
  });

  it('falls back to the first buyable variant when nothing matches', () => {
    expect(selectVariant(variants, new URLSearchParams('color=green'))?.id).toBe('2');
    expect(selectVariant(variants, new URLSearchParams())?.id).toBe('2');
    expect(selectVariant([], new URLSearchParams())).toBeNull();
  });
});

describe('variant URL parameters', () => {
  it('are lower-case option names and values', () => {
    expect(paramsForVariant(variant('9', 'Navy', 'XL')).toString()).toBe('color=navy&size=xl');
  });

  it('normalise to sorted, bounded, unique keys', () => {
    expect(
      normaliseVariantParams(new URLSearchParams('Size=M&color=navy&color=red&utm source=x&empty=')).toString(),
    ).toBe('color=navy&size=m');
  });

  it('use a slug of the option name, so names with spaces survive normalisation', () => {
    const shoe = (id: string, size: string) => ({
      id,
      availableForSale: true,
      selectedOptions: [{ name: 'Shoe Size', value: size }],
    });
    const shoes = [shoe('41', '41'), shoe('42', '42')];
    const params = normaliseVariantParams(paramsForVariant(shoes[1]!));
    expect(params.toString()).toBe('shoe-size=42');
    expect(selectVariant(shoes, params)?.id).toBe('42');
  });

  it('drop tracking parameters, which would otherwise look like options', () => {
    expect(normaliseVariantParams(new URLSearchParams('fbclid=abc&gclid=x&ref=mail&color=navy')).toString()).toBe(
      'color=navy',
    );
  });
});

describe('knownVariantParams', () => {
  const options = [
    { name: 'Color', values: ['Navy', 'Red'] },
    { name: 'Shoe Size', values: ['41', '42'] },
  ];

  it("keeps only the product's own option keys and values", () => {
    const params = normaliseVariantParams(new URLSearchParams('color=navy&shoe-size=42&bogus=1&size=xl'));
    expect(knownVariantParams(options, params).toString()).toBe('color=navy&shoe-size=42');
    expect(knownVariantParams(options, new URLSearchParams('color=purple&shoe-size=41')).toString()).toBe(
      'shoe-size=41',
    );
  });

  it('is the same object content when everything is known', () => {
    const params = new URLSearchParams('color=red');
    expect(knownVariantParams(options, params).toString()).toBe(params.toString());
  });
});

'use client';

import type { EditorBlock } from '@/lib/studio/editor-state';
import type { PickerSources } from '@/lib/studio/picker-types';
import { CollectionPicker } from './collection-picker';
import { ImageChooser, type ChosenImage } from './image-chooser';
import { ProductPicker } from './product-picker';
import { StudioField } from './studio-field';

export interface BlockFieldsProps {
  block: EditorBlock;
  errors: Record<string, string>;
  titles: Record<string, string>;
  images: Record<string, ChosenImage>;
  sources: PickerSources;
  onSet: (field: string, value: unknown) => void;
  onTitles: (titles: Record<string, string>) => void;
  onImage: (id: string, image: ChosenImage) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The fields of one block, by its type, each with the API's message for it. */
export function BlockFields({ block, errors, titles, images, sources, onSet, onTitles, onImage }: BlockFieldsProps) {
  const field = (
    name: string,
    label: string,
    extra: { multiline?: boolean; hint?: string; required?: boolean } = {},
  ) => (
    <StudioField
      label={label}
      value={text(block.data[name])}
      onChange={(value) => onSet(name, value)}
      error={errors[name]}
      {...extra}
    />
  );
  switch (block.type) {
    case 'HeroBlock':
      return (
        <>
          {field('heading', 'Heading', { required: true })}
          {field('subheading', 'Subheading')}
          <ImageChooser
            value={typeof block.data.imageId === 'string' ? block.data.imageId : null}
            images={images}
            search={sources.searchProducts}
            error={errors.imageId}
            onChange={(id, image) => {
              if (id && image) onImage(id, image);
              onSet('imageId', id);
            }}
          />
          {field('ctaLabel', 'Button label')}
          {field('ctaUrl', 'Button link', { hint: 'A path on the shop (/collections/sale) or an https:// address.' })}
        </>
      );
    case 'RichTextBlock':
      return field('html', 'Text (HTML)', {
        multiline: true,
        hint: 'Paragraphs, headings, lists and links; scripts and unsafe links are removed on save.',
      });
    case 'ProductGridBlock':
      return (
        <>
          {field('heading', 'Heading')}
          <ProductPicker
            label="Products"
            value={Array.isArray(block.data.productIds) ? (block.data.productIds as string[]) : []}
            titles={titles}
            search={sources.searchProducts}
            error={errors.productIds}
            onChange={(ids, newTitles) => {
              onTitles(newTitles);
              onSet('productIds', ids);
            }}
          />
        </>
      );
    case 'CollectionBlock':
      return (
        <>
          {field('heading', 'Heading')}
          <CollectionPicker
            value={typeof block.data.collectionId === 'string' ? block.data.collectionId : null}
            titles={titles}
            load={sources.listCollections}
            error={errors.collectionId}
            onChange={(id, title) => {
              onTitles({ [id]: title });
              onSet('collectionId', id);
            }}
          />
          <StudioField
            label="How many products (1-24)"
            type="number"
            value={String(block.data.limit ?? '')}
            onChange={(value) => onSet('limit', value === '' ? null : Number(value))}
            error={errors.limit}
          />
        </>
      );
    case 'BannerBlock':
      return (
        <>
          {field('text', 'Text', { required: true })}
          {field('url', 'Link', { hint: 'A path on the shop or an https:// address; optional.' })}
          <StudioField
            label="Tone"
            value={text(block.data.tone) || 'INFO'}
            onChange={(value) => onSet('tone', value)}
            error={errors.tone}
            options={[
              { value: 'INFO', label: 'Info' },
              { value: 'SALE', label: 'Sale' },
              { value: 'WARNING', label: 'Warning' },
            ]}
          />
        </>
      );
  }
}

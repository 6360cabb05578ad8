/** A product offered by the studio's pickers, with the images the hero's chooser offers. */
export interface ProductChoice {
  id: string;
  title: string;
  images: { id: string | null; url: string; altText: string | null }[];
}

export interface CollectionChoice {
  id: string;
  title: string;
  handle: string;
}

/** The searches the block fields call (server actions of the editor's route). */
export interface PickerSources {
  searchProducts: (query: string) => Promise<ProductChoice[]>;
  listCollections: () => Promise<CollectionChoice[]>;
}

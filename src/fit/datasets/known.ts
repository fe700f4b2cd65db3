/**
 * The four IDX files of the downloadable datasets and their digests.
 *
 * `gz` is the published SHA-256 of the gzipped file as the mirrors serve it. `raw` is the
 * SHA-256 of the IDX bytes inside: the same data repacked (a gzip header without the file name,
 * as Debian's dataset-fashion-mnist ships it) or served uncompressed is accepted through it.
 * Fashion-MNIST's `raw` digests were computed from Debian's files after checking that
 * re-adding the original gzip header to them reproduces the published MD5 and SHA-256 exactly.
 */
export type Role = 'trainImages' | 'trainLabels' | 'testImages' | 'testLabels';

export interface KnownFile {
  name: string;
  gz: string;
  raw: string;
}

export interface KnownDataset {
  id: 'mnist-full' | 'fashion-mnist';
  /** Base URLs tried in order when the fit block names none. */
  mirrors: string[];
  files: Record<Role, KnownFile>;
}

export const IDX_NAMES: Record<Role, string> = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
};

export const ROLES: Role[] = ['trainImages', 'trainLabels', 'testImages', 'testLabels'];

export const KNOWN_DATASETS: Record<KnownDataset['id'], KnownDataset> = {
  'mnist-full': {
    id: 'mnist-full',
    mirrors: ['https://storage.googleapis.com/cvdf-datasets/mnist/', 'https://ossci-datasets.s3.amazonaws.com/mnist/'],
    files: {
      trainImages: {
        name: IDX_NAMES.trainImages,
        gz: '440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609',
        raw: 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db',
      },
      trainLabels: {
        name: IDX_NAMES.trainLabels,
        gz: '3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c',
        raw: '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5',
      },
      testImages: {
        name: IDX_NAMES.testImages,
        gz: '8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6',
        raw: '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7',
      },
      testLabels: {
        name: IDX_NAMES.testLabels,
        gz: 'f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6',
        raw: 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2',
      },
    },
  },
  'fashion-mnist': {
    id: 'fashion-mnist',
    mirrors: [
      'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
      'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
    ],
    files: {
      trainImages: {
        name: IDX_NAMES.trainImages,
        gz: '3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84',
        raw: 'c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888',
      },
      trainLabels: {
        name: IDX_NAMES.trainLabels,
        gz: 'a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845',
        raw: 'bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9',
      },
      testImages: {
        name: IDX_NAMES.testImages,
        gz: '346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073',
        raw: '5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b',
      },
      testLabels: {
        name: IDX_NAMES.testLabels,
        gz: '67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5',
        raw: '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34',
      },
    },
  },
};

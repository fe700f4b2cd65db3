// The `mnist` package ships no types: an array of ten digit classes, each holding its
// samples as one flat list of 784 values in [0, 1] per image.
declare module 'mnist' {
  interface MnistDigit {
    id: number;
    length: number;
    raw: number[];
  }
  const mnist: MnistDigit[];
  export default mnist;
}

import { expect } from 'chai';
import { parseQuantity, parseCpu, parseMemory, formatCpu, formatMemory } from '../src/model/quantity.js';

describe('quantity', () => {
  describe('parseQuantity', () => {
    const cases: [unknown, number][] = [
      ['100m', 0.1],
      ['250m', 0.25],
      ['1500m', 1.5],
      ['0.5', 0.5],
      ['2', 2],
      ['.5', 0.5],
      ['1.', 1],
      ['+1', 1],
      ['-1', -1],
      ['128Mi', 128 * 2 ** 20],
      ['1Gi', 2 ** 30],
      ['1.5Gi', 1.5 * 2 ** 30],
      ['64Ki', 65536],
      ['1Ti', 2 ** 40],
      ['1Ei', 2 ** 60],
      ['1G', 1e9],
      ['500k', 5e5],
      ['1M', 1e6],
      ['1T', 1e12],
      ['1P', 1e15],
      ['1E', 1e18],
      ['1e3', 1000],
      ['1E3', 1000],
      ['1e+3', 1000],
      ['5e-3', 0.005],
      ['1.5e3', 1500],
      ['100n', 1e-7],
      ['100u', 1e-4],
      ['0', 0],
      ['  256Mi ', 256 * 2 ** 20],
      [2, 2],
      [0.5, 0.5],
      [1e3, 1000],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
        expect(parseQuantity(input)).to.equal(expected);
      });
    }

    const junk: unknown[] = ['', ' ', 'abc', '1K', '1kb', '1KB', '1 Mi', '1e', '1e3.5', '1mi', '1MiB', 'Mi', '.', '1..2', '0x10', '1,5', '--1', null, undefined, true, {}, [], NaN, Infinity];
    for (const input of junk) {
      it(`rejects ${typeof input === 'string' ? JSON.stringify(input) : String(input)}`, () => {
        expect(parseQuantity(input)).to.equal(undefined);
      });
    }
  });

  it('parseCpu and parseMemory refuse negative amounts', () => {
    expect(parseCpu('-100m')).to.equal(undefined);
    expect(parseMemory('-1Mi')).to.equal(undefined);
    expect(parseCpu('100m')).to.equal(0.1);
    expect(parseMemory('1Mi')).to.equal(1048576);
  });

  it('formats cpu in cores or millicores', () => {
    expect(formatCpu(2)).to.equal('2');
    expect(formatCpu(0.1)).to.equal('100m');
    expect(formatCpu(1.5)).to.equal('1500m');
    expect(formatCpu(0.1 + 0.2)).to.equal('300m');
    expect(formatCpu(0.0005)).to.equal('0.5m');
  });

  it('formats memory in the largest unit that divides it', () => {
    expect(formatMemory(128 * 2 ** 20)).to.equal('128Mi');
    expect(formatMemory(1536 * 2 ** 20)).to.equal('1536Mi');
    expect(formatMemory(2 ** 30)).to.equal('1Gi');
    expect(formatMemory(1e9)).to.equal('1G');
    expect(formatMemory(500)).to.equal('500');
    expect(formatMemory(0)).to.equal('0');
    expect(formatMemory(1e9 + 1)).to.equal('953.67Mi');
  });
});

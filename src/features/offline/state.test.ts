import { describe, expect, it } from 'vitest';
import { offlineParams, withEmbed } from './state.ts';
import { embedSnippet, EMBED_HEIGHT } from './snippet.tsx';

describe('the embed in the link', () => {
  it('reads embed=1 and embed=0, notes anything else, and writes only embed=1', () => {
    const bad: string[] = [];
    const read = (q: string) => offlineParams.read(new URLSearchParams(q), (key, raw) => bad.push(`${key}=${raw}`));
    expect(read('embed=1')).toEqual({ embed: true });
    expect(read('embed=0')).toEqual({ embed: false });
    expect(read('era=1905')).toEqual({});
    expect(read('embed=yes')).toEqual({});
    expect(bad).toEqual(['embed=yes']);
    expect(offlineParams.write({ embed: true, updateReady: true })).toEqual({ embed: '1' });
    expect(offlineParams.write({ embed: false, updateReady: false })).toEqual({ embed: null });
  });

  it('turns a link into its embed and back, keeping the other parameters and the view', () => {
    const link = 'https://example.org/atlas/?era=1905&lang=ja&incident=a-b#6/44.3/144.8';
    const embed = withEmbed(link, true);
    expect(new URL(embed).searchParams.get('embed')).toBe('1');
    expect(new URL(embed).hash).toBe('#6/44.3/144.8');
    expect(withEmbed(embed, false)).toBe(link);
  });
});

describe('the <iframe> snippet', () => {
  it('embeds the link with embed=1, 100% wide, titled, and escapes what could end an attribute', () => {
    const code = embedSnippet('https://example.org/?era=1905&lang=ru#5/45/146', 'Atlas "quoted" & <b>');
    expect(code).toBe(`<iframe src="https://example.org/?era=1905&amp;lang=ru&amp;embed=1#5/45/146" title="Atlas &quot;quoted&quot; &amp; &lt;b>" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy" allowfullscreen></iframe>`);
  });
});

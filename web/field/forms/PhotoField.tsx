import { ImageUploader, Toast, type ImageUploadItem } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { loadPhoto, PhotoError, savePhoto } from '../offline/photos.ts';
import { useCurrentUser } from '../modules/auth/session.ts';
import { useFormApi } from './form-state.tsx';

/** A picked file the phone could not turn into a photo: it stays on screen, marked, until the worker removes it. */
interface FailedPick {
  key: string;
  reason: PhotoError['reason'];
  url: string;
}

const FAILED_PREFIX = 'failed:';

/**
 * Up to three photos from the camera or the gallery. Each is shrunk and stored in IndexedDB
 * the moment it is picked; the form's value is the list of stored photo ids. A file that
 * cannot be read is not dropped quietly: its tile says why, and the report cannot be saved
 * until the worker removes it (or picks another in its place).
 */
export function PhotoField({ name = 'photos', value = [], onChange }: { name?: string; value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const form = useFormApi();
  const urls = useRef(new Map<string, string>());
  const [items, setItems] = useState<ImageUploadItem[]>([]);
  const [failed, setFailed] = useState<FailedPick[]>([]);
  const [processing, setProcessing] = useState(0);
  const failedSerial = useRef(0);

  // Object URLs for the stored blobs (also after a reload restored the draft).
  useEffect(() => {
    let live = true;
    void Promise.all(value.map(async (id) => {
      let url = urls.current.get(id);
      if (!url) {
        const photo = await loadPhoto(id);
        if (!photo) return null;
        url = URL.createObjectURL(photo.blob);
        urls.current.set(id, url);
      }
      return { key: id, url };
    })).then((loaded) => live && setItems(loaded.filter((i): i is { key: string; url: string } => i !== null)));
    return () => {
      live = false;
    };
  }, [value]);

  useEffect(() => () => urls.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const { report } = form;
  // A photo still being shrunk and stored is not in the form's value yet: saving then would
  // send the report without it, so the form waits.
  useEffect(() => report(name, failed.length > 0 ? 'PHOTO_UNREADABLE' : processing > 0 ? 'PHOTO_PROCESSING' : null), [failed.length, processing, name, report]);

  const upload = async (file: File): Promise<ImageUploadItem> => {
    setProcessing((n) => n + 1);
    try {
      const photo = await savePhoto(me.id, file);
      const url = URL.createObjectURL(photo.blob);
      urls.current.set(photo.id, url);
      return { key: photo.id, url };
    } catch (error) {
      if (!(error instanceof PhotoError)) {
        Toast.show({ content: error instanceof Error ? error.message : String(error), icon: 'fail' });
        throw error;
      }
      const { reason } = error;
      const pick: FailedPick = { key: `${FAILED_PREFIX}${++failedSerial.current}`, reason, url: URL.createObjectURL(file) };
      urls.current.set(pick.key, pick.url);
      setFailed((prev) => [...prev, pick]);
      Toast.show({ content: t(`photo.problem.${reason}`), icon: 'fail' });
      return { key: pick.key, url: pick.url };
    } finally {
      setProcessing((n) => n - 1);
    }
  };

  const failedItems = failed.map((f) => ({ key: f.key, url: f.url }));
  return (
    <div data-testid="photo-field">
      <ImageUploader
        value={[...items, ...failedItems]}
        accept="image/*"
        multiple
        maxCount={PHOTO_LIMITS.maxPerEvent}
        onCountExceed={() => Toast.show({ content: t('photo.tooMany', { count: PHOTO_LIMITS.maxPerEvent }) })}
        upload={upload}
        showFailed={false}
        onChange={(next) => {
          // A removed photo's blob stays until no draft or queued record refers to it (removeOrphanPhotos).
          // The uploader may hand back an item twice (a pick that failed is already on screen when it adds its batch).
          const unique = [...new Map(next.map((i) => [String(i.key), i])).values()];
          const kept = new Set(unique.map((i) => String(i.key)));
          const stored = unique.filter((i) => !String(i.key).startsWith(FAILED_PREFIX));
          setItems(stored);
          setFailed((prev) => prev.filter((f) => kept.has(f.key)));
          onChange?.(stored.map((i) => String(i.key)));
        }}
        renderItem={(node, item) => {
          const pick = failed.find((f) => f.key === item.key);
          if (!pick) return node;
          return (
            <div className="photo-failed" data-testid="photo-failed">
              {node}
              <span className="photo-failed-text">{t(`photo.problem.${pick.reason}`)}</span>
            </div>
          );
        }}
      />
      <div className="photo-hint">{t('photo.hint', { count: PHOTO_LIMITS.maxPerEvent })}</div>
    </div>
  );
}

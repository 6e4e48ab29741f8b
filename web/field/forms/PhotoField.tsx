import { ImageUploader, Toast, type ImageUploadItem } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { loadPhoto, PhotoError, savePhoto } from '../offline/photos.ts';
import { useCurrentUser } from '../modules/auth/session.ts';

/**
 * Up to three photos from the camera or the gallery. Each is shrunk and stored in IndexedDB
 * the moment it is picked; the form's value is the list of stored photo ids.
 */
export function PhotoField({ value = [], onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const urls = useRef(new Map<string, string>());
  const [items, setItems] = useState<ImageUploadItem[]>([]);

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

  const upload = async (file: File): Promise<ImageUploadItem> => {
    try {
      const photo = await savePhoto(me.id, file);
      const url = URL.createObjectURL(photo.blob);
      urls.current.set(photo.id, url);
      return { key: photo.id, url };
    } catch (error) {
      const reason = error instanceof PhotoError ? error.reason : 'DECODE';
      Toast.show({ content: t(`photo.problem.${reason}`), icon: 'fail' });
      throw error;
    }
  };

  return (
    <div data-testid="photo-field">
      <ImageUploader
        value={items}
        accept="image/*"
        multiple
        maxCount={PHOTO_LIMITS.maxPerEvent}
        onCountExceed={() => Toast.show({ content: t('photo.tooMany', { count: PHOTO_LIMITS.maxPerEvent }) })}
        upload={upload}
        onChange={(next) => {
          // A removed photo's blob stays until no draft or queued record refers to it (removeOrphanPhotos).
          const ids = next.map((i) => String(i.key));
          setItems(next);
          onChange?.(ids);
        }}
        showFailed={false}
      />
      <div className="photo-hint">{t('photo.hint', { count: PHOTO_LIMITS.maxPerEvent })}</div>
    </div>
  );
}

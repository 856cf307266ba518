// case/crime-scene: its own examples through the rule tester.
import { crimeScene } from '../../../src/detectors/case/crime-scene.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(crimeScene);

"""orgdesign.app"""
